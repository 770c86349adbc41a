import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { getFilmJson } from "@/lib/api/entries";
import { searchCatalogue } from "@/lib/search/queries";
import { displayValue } from "@/lib/submissions/display";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { getSectionForEditing, getSubmissionReview } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;
let film: { id: number };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  film = await database.prisma.film.findUniqueOrThrow({ where: { slug: "neo-tokyo" }, select: { id: true } });
});

const titlesOf = async () =>
  (
    await database.prisma.alias.findMany({
      where: { filmId: film.id },
      orderBy: { id: "asc" },
      select: { name: true, language: true, kind: true },
    })
  ).map((row) => `${row.name} (${row.language}, ${row.kind})`);

const seeded = [
  { title: "Meikyū Monogatari", language: "ja-Latn", kind: "ROMANISED" },
  { title: "Manie-Manie", language: "und", kind: "SYNONYM" },
] as const;

/** The first film search finds for the text, and the name it matched by. */
const found = async (text: string) => {
  const [first] = (await searchCatalogue(text)).results;
  return first?.kind === "film" ? { slug: first.film.slug, matchedName: first.matchedName } : null;
};

describe("editing alternative titles", () => {
  it("reads the work's titles with their languages and kinds, in the order they were added", async () => {
    expect((await getSectionForEditing(film.id, "aliases"))?.values).toEqual({ aliases: seeded });
  });

  it("writes titles in several languages once a moderator approves; search, the API and history follow", async () => {
    const submission = await submitSection(actors.editor, film.id, "aliases", {
      aliases: [
        ...seeded,
        { title: "迷宫物语", language: "zh-hans", kind: "SYNONYM" },
        { title: "Labyrinth Tales", language: "en", kind: "SYNONYM" },
      ],
    });
    expect(submission.status).toBe("PENDING");
    const review = await getSubmissionReview(submission.id);
    expect(displayValue("aliases", review?.changes.aliases?.after, review?.names)).toBe(
      [
        "Meikyū Monogatari (ja-Latn, romanised)",
        "Manie-Manie (und, synonym)",
        "迷宫物语 (zh-Hans, synonym)",
        "Labyrinth Tales (en, synonym)",
      ].join("\n"),
    );
    expect(await found("迷宫物语")).toBeNull();

    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("APPROVED");
    expect(await titlesOf()).toEqual([
      "Meikyū Monogatari (ja-Latn, ROMANISED)",
      "Manie-Manie (und, SYNONYM)",
      "迷宫物语 (zh-Hans, SYNONYM)",
      "Labyrinth Tales (en, SYNONYM)",
    ]);
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision).toMatchObject({ section: "aliases", before: { aliases: seeded } });

    // A title in each script is found: Han, Latin with a macron (typed without), Latin.
    expect(await found("迷宫物语")).toEqual({ slug: "neo-tokyo", matchedName: "迷宫物语" });
    expect(await found("Meikyu Monogatari")).toEqual({ slug: "neo-tokyo", matchedName: "Meikyū Monogatari" });
    expect(await found("labyrinth tales")).toEqual({ slug: "neo-tokyo", matchedName: "Labyrinth Tales" });

    expect((await getFilmJson("neo-tokyo"))?.titles).toEqual([
      { title: "Meikyū Monogatari", language: "ja-Latn", kind: "romanised" },
      { title: "Manie-Manie", language: "und", kind: "synonym" },
      { title: "迷宫物语", language: "zh-Hans", kind: "synonym" },
      { title: "Labyrinth Tales", language: "en", kind: "synonym" },
    ]);
  });

  it("keeps one spelling as a title in two languages", async () => {
    const akira = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
    await submitSection(actors.admin, akira.id, "aliases", {
      aliases: [
        { title: "Akira", language: "en", kind: "OFFICIAL" },
        { title: "Akira", language: "ja-Latn", kind: "ROMANISED" },
      ],
    });
    expect(await database.prisma.alias.count({ where: { filmId: akira.id, name: "Akira" } })).toBe(2);
  });

  it("removes every title when all are cleared, and search no longer finds them", async () => {
    await submitSection(actors.admin, film.id, "aliases", { aliases: [] });
    expect(await titlesOf()).toEqual([]);
    expect(await found("迷宫物语")).toBeNull();
  });
});

describe("the titles-by-language migration", () => {
  it("turns the plain-string titles of stored edits into rows of unknown language", async () => {
    const memories = await database.prisma.film.findUniqueOrThrow({
      where: { slug: "memories" },
      select: { id: true },
    });
    const revision = await database.prisma.revision.create({
      data: {
        entityType: "FILM",
        entityId: memories.id,
        filmId: memories.id,
        section: "aliases",
        number: 1000,
        before: { aliases: ["Old"] },
        after: { aliases: ["Old", "Older"] },
        summary: "An edit from before languages",
        proposerId: actors.editor.id,
      },
    });
    const submission = await database.prisma.submission.create({
      data: {
        entityType: "FILM",
        entityId: memories.id,
        filmId: memories.id,
        section: "aliases",
        changes: { aliases: { before: ["Old"], after: ["Old", "New"] } },
        conflict: {
          aliases: {
            base: ["Old"],
            current: ["Now"],
            proposed: ["New"],
            parts: [{ base: "Old", current: null, proposed: "New" }],
          },
        },
        status: "CONFLICT",
        authorId: actors.editor.id,
        summary: "A clash from before languages",
      },
    });

    // The migration's rewrite of stored edits, run again over these rows (its schema changes cannot be).
    const sql = await readFile("prisma/migrations/20261219000000_titles_by_language/migration.sql", "utf8");
    const rewrite = sql.slice(sql.indexOf("CREATE FUNCTION titled_alias("));
    for (const statement of rewrite.split(/;\s*\n(?=[A-Z])/)) await database.prisma.$executeRawUnsafe(statement);

    const row = (title: string) => ({ title, language: "und", kind: "SYNONYM" });
    expect(await database.prisma.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      before: { aliases: [row("Old")] },
      after: { aliases: [row("Old"), row("Older")] },
    });
    const migrated = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(migrated.changes).toEqual({ aliases: { before: [row("Old")], after: [row("Old"), row("New")] } });
    expect(migrated.conflict).toEqual({
      aliases: {
        base: [row("Old")],
        current: [row("Now")],
        proposed: [row("New")],
        parts: [{ base: row("Old"), current: null, proposed: row("New") }],
      },
    });
    // Today's rows are left as they are.
    const seededRevision = await database.prisma.revision.findFirstOrThrow({
      where: { filmId: memories.id, section: "aliases", number: { lt: 1000 } },
    });
    expect((seededRevision.after as { aliases: unknown[] }).aliases[0]).toEqual({
      title: "Katsuhiro Otomo Presents: Memories",
      language: "en",
      kind: "SYNONYM",
    });
  });
});
