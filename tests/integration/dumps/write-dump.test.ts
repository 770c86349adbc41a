import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCharacterJson, getFilmJson, getPersonJson, getStudioJson } from "@/lib/api/entries";
import type { DumpHeader } from "@/lib/dumps/header";
import type { DumpLine } from "@/lib/dumps/lines";
import { writeDump } from "@/lib/dumps/write-dump";
import { installQueryCounter } from "../../support/query-counter";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();
const site = new URL("https://keyframe.example");
const madeAt = new Date("2026-12-02T10:00:00Z");
let counter: ReturnType<typeof installQueryCounter>;
let dir: string;

beforeAll(async () => {
  counter = installQueryCounter(database.url);
  process.env.SITE_URL = site.origin;
  dir = await mkdtemp(path.join(tmpdir(), "keyframe-dump-"));
  const memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" } });
  await database.prisma.importedWork.create({
    data: { source: "bangumi-data", key: "1462", filmId: memories.id, values: {}, version: "0.3.208" },
  });
});

afterAll(async () => {
  delete process.env.SITE_URL;
  await rm(dir, { recursive: true, force: true });
});

async function linesOf(file: string): Promise<DumpLine[]> {
  const text = gunzipSync(await readFile(file)).toString("utf8");
  expect(text.endsWith("\n")).toBe(true);
  return text
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line) as DumpLine);
}

describe("writeDump over the seeded catalogue", () => {
  let result: Awaited<ReturnType<typeof writeDump>>;
  let lines: DumpLine[];

  beforeAll(async () => {
    result = await writeDump({ dir, site, madeAt });
    lines = await linesOf(result.dataFile);
  });

  it("writes the dump and its header under the day's names, and nothing else", async () => {
    expect(path.basename(result.dataFile)).toBe("keyframe-2026-12-02.jsonl.gz");
    expect(path.basename(result.headerFile)).toBe("keyframe-2026-12-02.json");
    expect((await readdir(dir)).sort()).toEqual(["keyframe-2026-12-02.json", "keyframe-2026-12-02.jsonl.gz"]);
  });

  it("holds every work, person, character and studio once, as many as the database has", async () => {
    const counts = {
      film: await database.prisma.film.count(),
      person: await database.prisma.person.count(),
      character: await database.prisma.character.count(),
      studio: await database.prisma.studio.count(),
    };
    expect(counts.film).toBeGreaterThan(10);
    for (const [type, count] of Object.entries(counts)) {
      const slugs = lines.filter((line) => line.type === type).map((line) => (line.entry as { slug: string }).slug);
      expect(slugs, type).toHaveLength(count);
      expect(new Set(slugs).size, type).toBe(count);
    }
    expect(lines).toHaveLength(Object.values(counts).reduce((sum, count) => sum + count, 0));
    expect(result.header.counts).toEqual(counts);
  });

  it("gives each entry exactly as the API answers it", async () => {
    const answer = { film: getFilmJson, person: getPersonJson, character: getCharacterJson, studio: getStudioJson };
    for (const line of lines) {
      const { slug } = line.entry as { slug: string };
      expect(line.entry, `${line.type} ${slug}`).toEqual(await answer[line.type](slug));
    }
    const memories = lines.find((line) => line.type === "film" && (line.entry as { slug: string }).slug === "memories");
    expect((memories?.entry as { url: string }).url).toBe("https://keyframe.example/films/memories");
  });

  it("has a header with the licences, the sources, the format, and the dump's size and SHA-256", async () => {
    const bytes = await readFile(result.dataFile);
    const header = JSON.parse(await readFile(result.headerFile, "utf8")) as DumpHeader;
    expect(header).toEqual(result.header);
    expect(header.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(header.bytes).toBe((await stat(result.dataFile)).size);
    expect(header).toMatchObject({
      file: "keyframe-2026-12-02.jsonl.gz",
      date: "2026-12-02",
      createdAt: "2026-12-02T10:00:00.000Z",
      site: "https://keyframe.example",
      licences: {
        database: { name: "ODbL 1.0", url: "https://opendatacommons.org/licenses/odbl/1-0/" },
        text: { name: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
      },
      sources: [
        {
          name: "bangumi-data",
          url: "https://github.com/bangumi-data/bangumi-data",
          licence: "CC BY 4.0",
          licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
          version: "0.3.208",
        },
      ],
      format: { compression: "gzip", types: { film: "/api/v1/films/{slug}", person: "/api/v1/people/{slug}" } },
    });
    expect(header.attribution).toContain("Includes data from bangumi-data 0.3.208 (CC BY 4.0)");
  });

  it("reads in batches: more rows, the same queries", async () => {
    const second = await mkdtemp(path.join(tmpdir(), "keyframe-dump-"));
    try {
      const before = await counter.count(() => writeDump({ dir: second, site, madeAt }));
      const otomo = await database.prisma.person.findUniqueOrThrow({ where: { slug: "katsuhiro-otomo" } });
      const role = await database.prisma.creditRole.findFirstOrThrow();
      for (let index = 0; index < 30; index += 1) {
        await database.prisma.film.create({
          data: {
            slug: `dump-batch-${index}`,
            title: `Dump batch ${index}`,
            credits: { create: [{ personId: otomo.id, roleId: role.id, position: 1 }] },
            aliases: { create: [{ name: `Batch alias ${index}`, language: "en" }] },
          },
        });
      }
      const after = await counter.count(() => writeDump({ dir: second, site, madeAt }));
      expect(after.result.header.counts.film).toBe(before.result.header.counts.film + 30);
      expect(after.queries).toBe(before.queries);
    } finally {
      await rm(second, { recursive: true, force: true });
    }
  });
});
