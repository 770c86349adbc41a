import { describe, expect, it } from "vitest";
import {
  BroadcastValuesSchema,
  broadcastFromForm,
  parseJapanTime,
  toJapanTime,
} from "@/lib/submissions/sections/broadcast/schema";
import { StreamsValuesSchema, parseRegions, streamFromRow } from "@/lib/submissions/sections/streams/schema";
import { TitleValuesSchema, titleFromForm } from "@/lib/submissions/sections/title/schema";
import { displayValue } from "@/lib/submissions/display";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("Japan time", () => {
  it("reads a Japan-time slot as the instant nine hours earlier in UTC, and back", () => {
    const instant = parseJapanTime("2016-07-02T23:30");
    expect(instant?.toISOString()).toBe("2016-07-02T14:30:00.000Z");
    expect(toJapanTime(new Date("2013-04-06T16:58:00.000Z"))).toBe("2013-04-07T01:58");
  });

  it("crosses the date line of a late-night slot into the next day", () => {
    expect(toJapanTime(new Date("2024-12-31T15:00:00.000Z"))).toBe("2025-01-01T00:00");
  });

  it("names no instant for an impossible date or a malformed text", () => {
    expect(parseJapanTime("2016-02-30T10:00")).toBeNull();
    expect(parseJapanTime("2016-07-02 23:30")).toBeNull();
    expect(parseJapanTime("2016-07-02T24:30")).toBeNull();
  });
});

describe("the broadcast section", () => {
  it("accepts a weekly slot with its last date", () => {
    const values = broadcastFromForm({ firstAiring: "2016-07-02T23:30", intervalDays: "7", lastAiring: "2016-09-24" });
    expect(BroadcastValuesSchema.parse(values)).toEqual({
      firstAiring: "2016-07-02T23:30",
      intervalDays: 7,
      lastAiring: "2016-09-24",
    });
  });

  it("refuses repeats without a first broadcast, and a last broadcast before the first, beside each field", () => {
    expect(messages(BroadcastValuesSchema.safeParse({ firstAiring: "", intervalDays: 7, lastAiring: "" }))).toEqual({
      firstAiring: "Give the first broadcast too: the repeats count from it.",
    });
    expect(
      messages(
        BroadcastValuesSchema.safeParse({ firstAiring: "2016-07-02T23:30", intervalDays: 7, lastAiring: "2016-06-30" }),
      ),
    ).toEqual({ lastAiring: "The last broadcast cannot come before the first." });
    expect(messages(BroadcastValuesSchema.safeParse(broadcastFromForm({ intervalDays: "weekly" })))).toEqual({
      intervalDays: "Days between episodes is a whole number.",
    });
  });

  it("reads in diffs as Japan time and a weekly slot", () => {
    expect(displayValue("firstAiring", "2016-07-02T23:30")).toBe("2016-07-02 23:30 JST");
    expect(displayValue("intervalDays", 7)).toBe("weekly");
    expect(displayValue("intervalDays", 14)).toBe("every 14 days");
  });
});

describe("the where-to-watch section", () => {
  it("splits typed regions into codes, upper case and each once", () => {
    expect(parseRegions(" jp, hk/tw  HK ")).toEqual(["JP", "HK", "TW"]);
    expect(parseRegions("")).toEqual([]);
  });

  it("refuses an unknown site, a bad region and a bad date beside the row", () => {
    const result = StreamsValuesSchema.safeParse({
      streams: [
        streamFromRow({ site: "netflix", id: "70299043", regions: "JP US", since: "2019-11-22" }),
        streamFromRow({ site: "dmhy", id: "x", regions: "", since: "" }),
        streamFromRow({ site: "crunchyroll", id: "GR751KNZY", regions: "Japan", since: "" }),
        streamFromRow({ site: "netflix", id: "70299043", regions: "", since: "2019-11" }),
      ],
    });
    expect(messages(result)).toEqual({
      "streams.1.site": "Choose the site the work streams on.",
      "streams.2.regions": "Use two-letter region codes, such as JP, US or HK, separated by spaces.",
      "streams.3.since": "Use YYYY-MM-DD, or leave it empty when not known.",
    });
  });

  it("refuses the same site and id twice, beside the second", () => {
    const row = streamFromRow({ site: "netflix", id: "70299043", regions: "", since: "" });
    expect(messages(StreamsValuesSchema.safeParse({ streams: [row, { ...row, regions: ["JP"] }] }))).toEqual({
      "streams.1.id": "This site and id are listed twice.",
    });
  });

  it("reads in diffs with the site's name, the regions and since when", () => {
    expect(
      displayValue("streams", [
        { site: "netflix", id: "70299043", regions: ["JP", "US"], since: "2019-11-22" },
        { site: "crunchyroll", id: "GR751KNZY", regions: [], since: "" },
      ]),
    ).toBe("Netflix: 70299043 (JP, US, since 2019-11-22)\nCrunchyroll: GR751KNZY (all regions)");
  });
});

describe("the title section", () => {
  it("takes an unticked box as a checked romanisation", () => {
    const values = TitleValuesSchema.parse(
      titleFromForm({
        title: " Attack on Titan ",
        nativeTitle: "進撃の巨人",
        romanisedTitle: "Shingeki no Kyojin",
        format: "TV",
      }),
    );
    expect(values).toEqual({
      title: "Attack on Titan",
      nativeTitle: "進撃の巨人",
      romanisedTitle: "Shingeki no Kyojin",
      format: "TV",
      romanisedByMachine: false,
    });
  });

  it("refuses an empty title and an unknown format", () => {
    expect(
      messages(TitleValuesSchema.safeParse(titleFromForm({ title: " ", format: "MOVIE", romanisedByMachine: "on" }))),
    ).toEqual({
      title: "Give the title.",
      format: "Choose a format.",
    });
  });
});
