import { describe, expect, it } from "vitest";
import { regionsText, shownStreams, streamSummary } from "@/lib/streams/display";

const row = (site: string, regions: string[], externalId = "1") => ({ site, externalId, regions });

describe("shownStreams", () => {
  it("lists every-region sites first, then Japan's, then others by region name, and drops unknown sites", () => {
    const shown = shownStreams([
      row("gamer", ["TW"]),
      row("bilibili", ["CN"]),
      row("dmhy", []),
      row("unext", ["JP"]),
      row("crunchyroll", []),
    ]);
    expect(shown.map((stream) => stream.site)).toEqual(["crunchyroll", "unext", "bilibili", "gamer"]);
    expect(shown[0]).toMatchObject({ label: "Crunchyroll", url: "https://www.crunchyroll.com/series/1/" });
  });
});

describe("regionsText", () => {
  it("names regions, or all of them when none is given", () => {
    expect(regionsText([])).toBe("All regions");
    expect(regionsText(["JP", "TW"])).toBe("Japan, Taiwan");
  });
});

describe("streamSummary", () => {
  it("gives each site once with its regions merged, counted when many", () => {
    expect(
      streamSummary([
        row("bilibili", ["CN"], "1"),
        row("bilibili", ["CN"], "2"),
        row("ani_one_asia", ["HK", "TW", "MO", "SG"]),
        row("netflix", [], "1"),
        row("netflix", ["JP"], "2"),
      ]),
    ).toEqual([
      { label: "Netflix", regions: "" },
      { label: "哔哩哔哩 (bilibili)", regions: "CN" },
      { label: "Ani-One Asia", regions: "4 regions" },
    ]);
  });
});
