import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCharacterPage } from "@/lib/characters/queries";
import { getFilmPage } from "@/lib/films/queries";
import { getListPage } from "@/lib/lists/queries";
import { getPersonPage } from "@/lib/people/queries";
import { searchCatalogue } from "@/lib/search/queries";
import { hasConflicts, jsonEqual, mergeChangeSet, type ChangeSet } from "@/lib/submissions/change-set";
import { mergeRulesOf } from "@/lib/submissions/merge/rules";
import { NewCharacterSchema, NewFilmSchema, NewPersonSchema } from "@/lib/submissions/entry-schema";
import { sectionOf } from "@/lib/submissions/sections";
import { generateCatalogue, type GenerateResult } from "../../scripts/bench/catalogue/generate";
import { countRows } from "../../scripts/bench/catalogue/manifest";
import { BASE_COUNTS, BIG_LIST_ITEMS, planCounts, PROLIFIC_CREDITS } from "../../scripts/bench/catalogue/plan";
import { createDatabase, databaseUrl, dropDatabase } from "../support/databases";
import { SEEDED_TEMPLATE } from "../support/templates";
import { withTestDatabase } from "../support/test-database";

// A tiny catalogue (1,000 films, the floor) generated twice into two clones of the seeded template.
const SCALE = 0.02;
const database = withTestDatabase();
const twinName = `test_${randomUUID().replaceAll("-", "")}`;
let seedCounts: Record<string, number>;
let seedMaxRevision: number;
let result: GenerateResult;
let twin: GenerateResult;

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Tables whose generated rows must come out the same every run (User holds a salted hash). */
const CHECKSUMMED = [
  "Film",
  "Segment",
  "Release",
  "Alias",
  "Person",
  "Credit",
  "Character",
  "CharacterAppearance",
  "VoiceCredit",
  "List",
  "ListItem",
  "ListLike",
  "Submission",
  "Revision",
];

async function checksums(url: string): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const table of CHECKSUMMED) {
    const [row] = await query<{ sum: string }>(
      url,
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM "${table}" t`,
    );
    sums[table] = row!.sum;
  }
  return sums;
}

beforeAll(async () => {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    seedCounts = await countRows(client);
    seedMaxRevision = (await client.query<{ max: number }>(`SELECT max(id) AS max FROM "Revision"`)).rows[0]!.max;
  } finally {
    await client.end();
  }
  result = await generateCatalogue({ url: database.url, scale: SCALE });
  await createDatabase(database.serverUrl, twinName, SEEDED_TEMPLATE);
  twin = await generateCatalogue({ url: databaseUrl(database.serverUrl, twinName), scale: SCALE });
}, 240_000);

afterAll(async () => {
  await dropDatabase(database.serverUrl, twinName);
});

describe("the synthetic catalogue", () => {
  it("plans the brief's counts at scale 1 and proportional ones below", () => {
    expect(planCounts(1)).toMatchObject({
      films: 50_000,
      people: 200_000,
      credits: 1_000_000,
      characters: 100_000,
      voiceCredits: 300_000,
      users: 20_000,
      lists: 50_000,
      listItems: 1_000_000,
      submissions: 100_000,
      revisions: 500_000,
    });
    const half = planCounts(0.5);
    for (const key of Object.keys(BASE_COUNTS) as (keyof typeof BASE_COUNTS)[]) {
      expect(half[key]).toBe(Math.round(BASE_COUNTS[key] * 0.5));
    }
    // Below the floors, the notable entries still fit: 1,000 films for the 1,000-item list.
    expect(planCounts(0.001).films).toBe(BIG_LIST_ITEMS);
  });

  it("adds exactly the planned rows after the seed's", () => {
    const plan = planCounts(SCALE);
    const added = (table: string) => result.manifest.counts[table]! - seedCounts[table]!;
    expect({
      films: added("Film"),
      people: added("Person"),
      credits: added("Credit"),
      characters: added("Character"),
      voiceCredits: added("VoiceCredit"),
      users: added("User"),
      lists: added("List"),
      listItems: added("ListItem"),
      listLikes: added("ListLike"),
      submissions: added("Submission"),
      revisions: added("Revision"),
      franchises: added("Franchise"),
    }).toEqual(plan);
    expect(added("Segment")).toBeGreaterThan(plan.films * 0.2 * 2 * 0.8);
    expect(result.manifest.counts.Genre).toBeGreaterThanOrEqual(30);
    expect(result.manifest.counts.Theme).toBeGreaterThanOrEqual(60);
  });

  it("generates the same rows every time", async () => {
    expect(twin.manifest).toEqual(result.manifest);
    expect(await checksums(databaseUrl(database.serverUrl, twinName))).toEqual(await checksums(database.url));
  });

  it("leaves no row pointing at a missing one, though it loads with triggers off", async () => {
    const keys = await query<{ child: string; column: string; parent: string; key: string }>(
      database.url,
      `SELECT c.conrelid::regclass::text AS child, a.attname AS column, c.confrelid::regclass::text AS parent, pa.attname AS key
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
       WHERE c.contype = 'f' AND cardinality(c.conkey) = 1`,
    );
    expect(keys.length).toBeGreaterThan(20);
    const orphans: string[] = [];
    for (const { child, column, parent, key } of keys) {
      const [row] = await query<{ count: number }>(
        database.url,
        `SELECT count(*)::int AS count FROM ${child} t WHERE t."${column}" IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM ${parent} p WHERE p."${key}" = t."${column}")`,
      );
      if (row!.count > 0) orphans.push(`${child}.${column}: ${row!.count}`);
    }
    expect(orphans).toEqual([]);
  });

  it("has one person with exactly 500 credits, and nobody with more", async () => {
    const { slug } = result.manifest.prolificPerson;
    const top = await database.prisma.credit.groupBy({
      by: ["personId"],
      _count: { _all: true },
      orderBy: { _count: { personId: "desc" } },
      take: 2,
    });
    const person = await database.prisma.person.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    expect(top[0]).toMatchObject({ personId: person.id, _count: { _all: PROLIFIC_CREDITS } });
    expect(top[1]!._count._all).toBeLessThan(PROLIFIC_CREDITS);
    const page = await getPersonPage(slug);
    expect(page?.credits).toHaveLength(PROLIFIC_CREDITS);
  });

  it("has a public list of exactly 1,000 films", async () => {
    const { id, owner } = result.manifest.bigList;
    const page = await getListPage(id, null);
    expect(page?.visibility).toBe("PUBLIC");
    expect(page?.owner.username).toBe(owner);
    expect(page?.items.total).toBe(BIG_LIST_ITEMS);
    expect(page?.items.rows).toHaveLength(100);
  });

  it("makes pending submissions that parse with their section's schema and merge cleanly", async () => {
    const submissions = await database.prisma.submission.findMany({
      where: { status: "PENDING" },
      select: { id: true, section: true, entityId: true, changes: true, baseRevisionId: true },
    });
    expect(submissions).toHaveLength(planCounts(SCALE).submissions);
    const failures: string[] = [];
    const newEntrySchemas = {
      "new-film": NewFilmSchema,
      "new-person": NewPersonSchema,
      "new-character": NewCharacterSchema,
    };
    for (const submission of submissions) {
      if (submission.section in newEntrySchemas) {
        const schema = newEntrySchemas[submission.section as keyof typeof newEntrySchemas];
        if (!schema.safeParse(submission.changes).success) failures.push(`${submission.id} ${submission.section}`);
        continue;
      }
      const definition = sectionOf(submission.section);
      const changes = submission.changes as ChangeSet;
      const current = await definition.read(database.prisma, submission.entityId!);
      const merged = mergeChangeSet(changes, current, mergeRulesOf(definition));
      const parsed = hasConflicts(merged) ? null : definition.schema.safeParse(merged.merged);
      if (Object.keys(changes).length === 0 || !parsed?.success) {
        failures.push(`${submission.id} ${submission.section}: ${JSON.stringify(parsed?.error?.issues ?? merged)}`);
      }
    }
    expect(failures).toEqual([]);
    const sections = new Set(submissions.map((submission) => submission.section));
    expect(sections.size).toBeGreaterThanOrEqual(14);
  });

  it("ends each section's history at what the tables hold, numbered 1, 2, 3... per entry", async () => {
    const revisions = await database.prisma.revision.findMany({
      where: { id: { gt: seedMaxRevision } },
      orderBy: { number: "asc" },
      select: { id: true, entityType: true, entityId: true, section: true, number: true, before: true, after: true },
    });
    const byEntry = new Map<string, typeof revisions>();
    for (const revision of revisions) {
      const key = `${revision.entityType}:${revision.entityId}`;
      byEntry.set(key, [...(byEntry.get(key) ?? []), revision]);
    }
    const problems: string[] = [];
    let checked = 0;
    for (const [key, entry] of byEntry) {
      if (entry.map((revision) => revision.number).join() !== entry.map((_, index) => index + 1).join()) {
        problems.push(`${key} is not numbered 1..n`);
      }
      const sections = new Map<string, typeof revisions>();
      for (const revision of entry)
        sections.set(revision.section, [...(sections.get(revision.section) ?? []), revision]);
      for (const [section, chain] of sections) {
        chain.slice(1).forEach((revision, index) => {
          if (!jsonEqual(revision.before, chain[index]!.after))
            problems.push(`${key} ${section} #${revision.number}: before ≠ previous after`);
        });
        if (section.startsWith("new-") || checked >= 300) continue;
        checked += 1;
        const current = await sectionOf(section).read(database.prisma, entry[0]!.entityId);
        if (!jsonEqual(chain.at(-1)!.after, current)) problems.push(`${key} ${section}: newest after ≠ tables`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(300);
  });

  it("serves generated entries through the pages' own reads", async () => {
    for (const slug of result.manifest.samples.films) {
      const film = await getFilmPage(slug);
      expect(film?.slug).toBe(slug);
      expect(film?.credits.length).toBeGreaterThan(0);
      expect(film?.genres.length).toBeGreaterThan(0);
    }
    const anthology = await getFilmPage(result.manifest.samples.films[0]!);
    expect(anthology?.segments.length).toBeGreaterThanOrEqual(2);
    for (const slug of result.manifest.samples.characters) expect((await getCharacterPage(slug))?.slug).toBe(slug);
    expect((await getFilmPage("memories"))?.credits).toHaveLength(11);
  });

  it("names search queries that find what they should", async () => {
    const { search } = result.manifest;
    const filmTitles = async (query: string) =>
      (await searchCatalogue(query, { kind: "films" })).results.flatMap((found) =>
        found.kind === "film" ? [found.film.title] : [],
      );
    for (const title of search.exactTitles) {
      // An exact title ranks first, whatever else shares its words.
      expect((await filmTitles(title))[0]).toBe(title);
    }
    expect(await filmTitles(search.misspelledTitle.query)).toContain(search.misspelledTitle.intended);
    expect((await searchCatalogue(search.nativeTitle)).totals.films).toBeGreaterThan(0);
    expect((await searchCatalogue(search.alias)).totals.films).toBeGreaterThan(0);
    expect((await searchCatalogue(search.partialPersonName)).totals.people).toBeGreaterThan(1);
    expect(search.misspelledTitle.query).not.toBe(search.misspelledTitle.intended);
  });

  it("moves the id sequences past the generated rows", async () => {
    const film = await database.prisma.film.create({ data: { slug: "after-the-bench", title: "After the Bench" } });
    expect(film.id).toBeGreaterThan(result.manifest.counts.Film!);
    const user = await database.prisma.user.create({ data: { username: "after-bench", displayName: "After" } });
    expect(user.id).toBe(result.manifest.counts.User! + 1);
  });
});
