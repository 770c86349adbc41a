import { describe, expect, it } from "vitest";
import { Progress } from "@/lib/import/progress";
import { formatImportSummary } from "@/lib/import/summary";

describe("the import's summary", () => {
  it("counts what happened to the items, with the time and rates", () => {
    const text = formatImportSummary({
      version: "0.3.208",
      items: 8483,
      created: 8471,
      matched: 11,
      updated: 0,
      proposed: 0,
      unchanged: 0,
      skipped: 1,
      kept: 10,
      dropped: 2998,
      rows: 162767,
      seconds: 40,
      mapSeconds: 10,
      dryRun: false,
    });
    expect(text).toBe(
      [
        "bangumi-data 0.3.208: 8,483 items",
        "  created 8,471, matched 11, updated 0, proposed 0, unchanged 0, skipped 1",
        "  kept 10 community values; dropped 2,998 links and streams",
        "  40.0 s (reading and romanising 10.0 s, database 30.0 s): 212 items/s, 162,767 rows (4,069 rows/s)",
      ].join("\n"),
    );
  });
});

describe("progress without a terminal", () => {
  it("writes a line at each tenth of the way, not one per item", () => {
    const lines: string[] = [];
    const stream = { isTTY: false, write: (text: string) => lines.push(text) } as unknown as NodeJS.WriteStream;
    const progress = new Progress(stream);
    progress.start("Reading", 100);
    for (let item = 0; item < 100; item += 1) progress.advance();
    progress.finish();
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe("Reading: 0% (0/100)\n");
    expect(lines.at(-1)).toBe("Reading: 100% (100/100)\n");
  });
});
