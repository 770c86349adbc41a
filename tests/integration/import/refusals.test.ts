import pg from "pg";
import { describe, expect, it } from "vitest";
import { checkBangumiData } from "@/lib/import/bangumi/data";
import { ImportRefused } from "@/lib/import/errors";
import { IMPORT_LOCK_KEY } from "@/lib/import/run-import";
import { withTestDatabase } from "../../support/test-database";
import { fixtureData, fixtureJson, runImport } from "./fixture";

const database = withTestDatabase();

const filmCount = () => database.prisma.film.count();

describe("what an import refuses", () => {
  it("refuses a malformed data version and changes nothing", () => {
    expect(() => checkBangumiData({ siteMeta: {}, items: {} }, "0.3.208")).toThrow(ImportRefused);
    expect(() => checkBangumiData({ items: [] }, "0.3.208")).toThrow(/siteMeta object and an items array/);
    expect(() => checkBangumiData(fixtureJson(), "latest")).toThrow(/not a bangumi-data version/);
  });

  it("refuses a second import while one runs, without changing anything", async () => {
    const before = await filmCount();
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1)", [IMPORT_LOCK_KEY.toString()]);
      await expect(runImport(database.prisma, fixtureData())).rejects.toThrow(/Another import is running/);
    } finally {
      await holder.end();
    }
    expect(await filmCount()).toBe(before);
  });

  it("saves nothing on a dry run, yet counts what it would do", async () => {
    const before = await filmCount();
    const { summary } = await runImport(database.prisma, fixtureData(), true);
    expect(summary.dryRun).toBe(true);
    expect(summary.created).toBeGreaterThan(20);
    expect(await filmCount()).toBe(before);
  });

  it("skips an item that does not parse with one line naming it, and imports the rest", async () => {
    const json = fixtureJson();
    const items: unknown[] = json.items;
    const broken = { ...json.items[3]!, type: "radio" };
    const untitled = { ...json.items[4]!, title: undefined };
    items.splice(3, 2, broken, untitled);
    const before = await filmCount();
    const { summary, lines } = await runImport(database.prisma, fixtureData("0.3.208", json));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^Skipped item 3 \\(${json.items[3]!.title}\\): type: `));
    expect(lines[1]).toMatch(/^Skipped item 4 \(untitled\): title: /);
    expect(summary.skipped).toBe(2);
    expect(summary.created + summary.matched).toBe(json.items.length - 2);
    expect(await filmCount()).toBe(before + summary.created);
  });
});
