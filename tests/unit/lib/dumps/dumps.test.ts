import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dumpHeader } from "@/lib/dumps/header";
import { dumpLine } from "@/lib/dumps/lines";
import { dumpDir, dumpFileNames, parseDumpFileName } from "@/lib/dumps/names";

describe("dump file names", () => {
  it("are the day's date in UTC", () => {
    expect(dumpFileNames(new Date("2026-12-02T23:59:59Z"))).toEqual({
      date: "2026-12-02",
      data: "keyframe-2026-12-02.jsonl.gz",
      header: "keyframe-2026-12-02.json",
    });
  });

  it("are the only names parsed, as dump or header", () => {
    expect(parseDumpFileName("keyframe-2026-12-02.jsonl.gz")).toEqual({ date: "2026-12-02", kind: "data" });
    expect(parseDumpFileName("keyframe-2026-12-02.json")).toEqual({ date: "2026-12-02", kind: "header" });
    for (const name of [
      "keyframe-2026-12-02.jsonl",
      "keyframe-2026-12-02.json.gz",
      ".keyframe-2026-12-02.jsonl.gz.12.34.partial",
      "../keyframe-2026-12-02.json",
      "dumps/keyframe-2026-12-02.json",
      "keyframe-2026-02-31x.json",
      "keyframe-2026-13-01.json",
      "keyframe-26-12-02.json",
    ]) {
      expect(parseDumpFileName(name), name).toBeNull();
    }
  });
});

describe("the dump folder", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env.KEYFRAME_DUMP_DIR = saved.KEYFRAME_DUMP_DIR;
    process.env.KEYFRAME_DATA_DIR = saved.KEYFRAME_DATA_DIR;
    if (saved.KEYFRAME_DUMP_DIR === undefined) delete process.env.KEYFRAME_DUMP_DIR;
    if (saved.KEYFRAME_DATA_DIR === undefined) delete process.env.KEYFRAME_DATA_DIR;
  });

  it("is KEYFRAME_DUMP_DIR, else dumps/ in the data folder", () => {
    delete process.env.KEYFRAME_DUMP_DIR;
    process.env.KEYFRAME_DATA_DIR = ".data/e2e-1";
    expect(dumpDir()).toBe(path.resolve(".data/e2e-1/dumps"));
    process.env.KEYFRAME_DUMP_DIR = "/srv/keyframe/dumps";
    expect(dumpDir()).toBe("/srv/keyframe/dumps");
  });
});

describe("a dump line", () => {
  it("is one JSON object on one line, its entry untouched", () => {
    const entry = { slug: "memories", description: "Two paragraphs.\n\nAnd a second.", nativeTitle: "MEMORIES" };
    const line = dumpLine("film", entry);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({ type: "film", entry });
  });
});

describe("a dump's header", () => {
  it("states the licences, the attribution, the sources, the format and the checksum", () => {
    const header = dumpHeader({
      file: "keyframe-2026-12-02.jsonl.gz",
      date: "2026-12-02",
      createdAt: new Date("2026-12-02T10:00:00Z"),
      site: new URL("https://keyframe.example/"),
      sources: [
        {
          name: "bangumi-data",
          url: "https://github.com/bangumi-data/bangumi-data",
          licence: "CC BY 4.0",
          licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
          version: "0.3.208",
        },
      ],
      counts: { film: 3, person: 2, character: 1, studio: 0 },
      endpoints: { film: "/api/v1/films/{slug}", person: "p", character: "c", studio: "s" },
      bytes: 123,
      sha256: "ab".repeat(32),
    });
    expect(header).toMatchObject({
      file: "keyframe-2026-12-02.jsonl.gz",
      createdAt: "2026-12-02T10:00:00.000Z",
      site: "https://keyframe.example",
      licences: { database: { spdx: "ODbL-1.0" }, text: { spdx: "CC-BY-SA-4.0" } },
      counts: { film: 3, person: 2, character: 1, studio: 0 },
      format: { compression: "gzip", encoding: "utf-8", types: { film: "/api/v1/films/{slug}" } },
      bytes: 123,
      sha256: "ab".repeat(32),
    });
    expect(header.attribution).toBe(
      "Contains information from Keyframe (https://keyframe.example), made available under the ODbL 1.0 " +
        "(https://opendatacommons.org/licenses/odbl/1-0/); its wiki text under CC BY-SA 4.0 " +
        "(https://creativecommons.org/licenses/by-sa/4.0/). Includes data from bangumi-data 0.3.208 (CC BY 4.0).",
    );
  });
});
