import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateCatalogue } from "../../scripts/bench/catalogue/generate";
import { checkPlans, type PageReport } from "../../scripts/bench/plans/check-plans";
import { findPlanSamples, publicPageReads } from "../../scripts/bench/plans/page-reads";
import { withTestDatabase } from "../support/test-database";

// The smallest catalogue the generator makes (its floors: 1,000 films, a 1,000-item list, a person
// with 500 credits). Plans at this size are not those of scale 1, so this checks the checker, not
// the indexes: every page's reads run, every statement is explained, and a full scan is caught.
const database = withTestDatabase();
let reports: PageReport[];
let pages: string[];

beforeAll(async () => {
  const { manifest } = await generateCatalogue({ url: database.url, scale: 0.001 });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const samples = await findPlanSamples(client, manifest).finally(() => client.end());
  const reads = publicPageReads(samples);
  pages = reads.map((read) => read.page);
  reports = await checkPlans(database.url, [
    ...reads,
    // A read no index serves: a substring of every film's deck.
    { page: "unindexed", read: () => db.film.findMany({ where: { deck: { contains: "zz" } }, select: { id: true } }) },
  ]);
}, 120_000);

const report = (page: string) => reports.find((found) => found.page === page)!;

describe("the query plan checker", () => {
  it("runs every public page's reads and explains every statement they send", () => {
    expect(reports.map((found) => found.page)).toEqual([...pages, "unindexed"]);
    for (const found of reports) {
      expect(found.queries, found.page).toBeGreaterThan(0);
      expect(found.unexplained, found.page).toEqual([]);
    }
    expect(pages).toEqual(
      expect.arrayContaining([
        "home /",
        "film /films/memories",
        "moderation queue, first page /moderation",
        "moderation queue, last page /moderation?last=1",
        "recent changes /recent-changes",
        "films /films",
      ]),
    );
    expect(pages.filter((page) => page.startsWith("search, "))).toHaveLength(7);
  });

  it("names the indexes a page reads", () => {
    expect(report("film /films/memories").indexes).toContain("Film_slug_key");
    expect(report("film /films/memories").queries).toBeGreaterThan(3);
    const season = reports.find((found) => found.page.startsWith("season /seasons/"));
    expect(season?.indexes).toContain("Film_seasonYear_season_format_title_idx");
  });

  it("reports a sequential scan of a large table with its statement", () => {
    const { seqScans } = report("unindexed");
    expect(seqScans).toHaveLength(1);
    expect(seqScans[0]).toMatchObject({ table: "Film", filter: expect.stringContaining("deck") });
    expect(seqScans[0]!.query).toMatch(/FROM "public"\."Film"/);
  });

  it("gives the app's db back as it found it", () => {
    expect((globalThis as { prisma?: unknown }).prisma).toBeUndefined();
  });
});
