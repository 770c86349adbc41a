import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { resolveQueueFilters } from "@/lib/submissions/filter-queries";
import { findNextPending, getModerationQueue, getReviewOutcome } from "@/lib/submissions/queries";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
const users: Record<"editor" | "moderator" | "admin", Actor> = {} as never;
const films: Record<"memories" | "akira", number> = {} as never;
const START = Date.UTC(2031, 0, 1);
const at = (seconds: number) => new Date(START + seconds * 1000);

async function submit(filmId: number, author: Actor, seconds: number, section = "description") {
  const created = await database.prisma.submission.create({
    data: {
      entityType: "FILM",
      entityId: filmId,
      filmId,
      section,
      changes: { deck: { before: "x", after: "y" } },
      authorId: author.id,
      summary: `At ${seconds}`,
      createdAt: at(seconds),
    },
    select: { id: true },
  });
  return created.id;
}

const decide = (id: number, status: "APPROVED" | "REJECTED") =>
  database.prisma.submission.update({ where: { id }, data: { status } });

beforeAll(async () => {
  for (const username of ["editor", "moderator", "admin"] as const) {
    users[username] = await database.prisma.user.findUniqueOrThrow({
      where: { username },
      select: { id: true, role: true },
    });
  }
  for (const slug of ["memories", "akira"] as const) {
    films[slug] = (await database.prisma.film.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  }
});

describe("the next pending submission after a decision", () => {
  it("is the next in the queue's order within its filters, never the moderator's own, else the oldest left", async () => {
    const filter = { filmId: films.memories };
    // Created out of time order, so that ids and times disagree: the queue follows time.
    const fourth = await submit(films.memories, users.admin, 40);
    const first = await submit(films.memories, users.editor, 10);
    const own = await submit(films.memories, users.moderator, 20);
    const third = await submit(films.memories, users.editor, 30, "general");
    const elsewhere = await submit(films.akira, users.editor, 25);

    await decide(first, "APPROVED");
    expect(await findNextPending(users.moderator, filter, first)).toBe(third);
    expect(await findNextPending(users.moderator, {}, first)).toBe(elsewhere);
    expect(await findNextPending(users.moderator, { ...filter, section: "description" }, first)).toBe(fourth);
    expect(await findNextPending(users.moderator, { ...filter, authorId: users.editor.id }, first)).toBe(third);
    // The author of `own` reviews it, and moves on to the others.
    expect(await findNextPending(users.admin, filter, first)).toBe(own);

    await decide(fourth, "REJECTED");
    // Nothing after the last one: back to the oldest one passed over.
    expect(await findNextPending(users.moderator, filter, fourth)).toBe(third);

    await decide(third, "APPROVED");
    expect(await findNextPending(users.moderator, filter, third)).toBeNull();
    expect(await findNextPending(users.moderator, { ...filter, authorId: users.moderator.id }, third)).toBeNull();
  });

  it("says what the decision did, from the submission itself", async () => {
    const rejected = await submit(films.akira, users.editor, 100);
    await decide(rejected, "REJECTED");
    expect(await getReviewOutcome(rejected)).toBe(`Rejected submission #${rejected}. Its author will see your reason.`);
    const unchanged = await submit(films.akira, users.editor, 101);
    await decide(unchanged, "APPROVED");
    expect(await getReviewOutcome(unchanged)).toBe(
      `Approved submission #${unchanged}: it changed nothing, so no new revision was made.`,
    );
    expect(await getReviewOutcome(await submit(films.akira, users.editor, 102))).toBeNull();
    expect(await getReviewOutcome(2_000_000_000)).toBeNull();
  });
});

describe("the queue's film filter and names", () => {
  it("takes a title, and offers the films a shared title could mean", async () => {
    const { filters } = await resolveQueueFilters({ section: "", film: "memories", author: "" });
    expect(filters).toEqual({ filmId: films.memories });
    // Case and accents are folded, as search folds them.
    for (const film of ["MEMORIES", "Mémories"]) {
      expect((await resolveQueueFilters({ section: "", film, author: "" })).filters).toEqual({
        filmId: films.memories,
      });
    }
    await database.prisma.film.create({ data: { slug: "memories-2032", title: "Memories", year: 2032 } });
    const ambiguous = await resolveQueueFilters({ section: "", film: "Memories", author: "" });
    expect(ambiguous).toMatchObject({
      filters: {},
      messages: { film: "Several films are called “Memories”. Choose one below, or type its slug." },
      matchesNothing: true,
    });
    expect(ambiguous.filmChoices.map((choice) => choice.slug)).toEqual(["memories", "memories-2032"]);
    // A slug still names exactly one.
    expect((await resolveQueueFilters({ section: "", film: "memories-2032", author: "" })).matchesNothing).toBe(false);
  });

  it("names the entry a new-entry proposal would create", async () => {
    const proposal = await database.prisma.submission.create({
      data: {
        entityType: "FILM",
        section: "new-film",
        changes: { title: "Perfect Blue", nativeTitle: "パーフェクトブルー", format: "FILM", deck: "" },
        authorId: users.editor.id,
        summary: "Propose Perfect Blue",
        createdAt: at(-1_000_000),
      },
      select: { id: true },
    });
    const { items } = await getModerationQueue({}, { direction: "first" });
    expect(items.find((item) => item.id === proposal.id)?.entry).toEqual({ name: "Perfect Blue", proposed: "film" });
  });
});
