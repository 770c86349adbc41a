import { displayValue } from "@/lib/submissions/display";
import { revalidatePath, updateTag } from "next/cache";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AuthorizationError, type Actor } from "@/lib/auth/policy";
import { getCurrentUser, type SignedIn } from "@/lib/auth/session";
import { revert } from "@/lib/revisions/actions";
import { revertToRevision } from "@/lib/revisions/mutations";
import {
  CHANGES_PAGE_SIZE,
  getRevertNotice,
  getRevertPreview,
  decodeChangesCursor,
  getFilmHistory,
  getRecentChanges,
  getRevisionComparison,
} from "@/lib/revisions/queries";
import { SubmissionError } from "@/lib/submissions/errors";
import { submitFilmEdit } from "@/lib/submissions/mutations/submit-edit";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { installQueryCounter } from "../support/query-counter";
import { withTestDatabase } from "../support/test-database";

// The action reads the session and revalidates pages, both of which need a Next request.
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn() }));
// Next's redirect throws to end the action; here it throws where the test can read it.
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw new Error(`redirect to ${url}`);
  }),
}));

const database = withTestDatabase();
const users: Record<"editor" | "moderator" | "admin", SignedIn> = {} as never;
const films: Record<"memories" | "akira" | "robotCarnival", { id: number }> = {} as never;
let counter: ReturnType<typeof installQueryCounter>;

/** Extra revisions of Robot Carnival, three to a timestamp, so that pages split ties on id. */
const EXTRA = 70;

beforeAll(async () => {
  const prisma = database.prisma;
  for (const username of ["editor", "moderator", "admin"] as const) {
    const user = await prisma.user.findUniqueOrThrow({
      where: { username },
      select: { id: true, username: true, displayName: true, role: true },
    });
    users[username] = { ...user, sessionId: `session-of-${username}` };
  }
  films.memories = await prisma.film.findUniqueOrThrow({ where: { slug: "memories" }, select: { id: true } });
  films.akira = await prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
  films.robotCarnival = await prisma.film.findUniqueOrThrow({
    where: { slug: "robot-carnival" },
    select: { id: true },
  });
  const start = Date.parse("2030-01-01T00:00:00Z");
  await prisma.revision.createMany({
    data: Array.from({ length: EXTRA }, (_, index) => ({
      entityType: "FILM" as const,
      entityId: films.robotCarnival.id,
      filmId: films.robotCarnival.id,
      section: "aliases",
      number: index + 2,
      before: { aliases: [title(`Alias ${index}`)] },
      after: { aliases: [title(`Alias ${index + 1}`)] },
      summary: `Alias change ${index + 1}`,
      proposerId: users.editor.id,
      approverId: users.moderator.id,
      createdAt: new Date(start + Math.floor(index / 3) * 1000),
    })),
  });
  counter = installQueryCounter(database.url);
});

beforeEach(() => {
  vi.mocked(getCurrentUser).mockReset();
  vi.mocked(revalidatePath).mockReset();
  vi.mocked(updateTag).mockReset();
});

/** An alternative title of unknown language, as the section stores one. */
function title(text: string) {
  return { title: text, language: "und", kind: "SYNONYM" };
}

const actor = (user: SignedIn): Actor => ({ id: user.id, role: user.role });

/** Every page of a film's history, following the cursor to the end. */
async function wholeHistory(filmId: number) {
  const pages = [];
  let cursor: string | null = null;
  do {
    const page = await getFilmHistory(filmId, decodeChangesCursor(cursor ?? undefined));
    pages.push(page);
    cursor = page.older;
  } while (cursor);
  return pages;
}

describe("getFilmHistory", () => {
  it("lists a film's revisions newest first, with author, section and approver", async () => {
    const { revisions, older } = await getFilmHistory(films.memories.id);
    expect(older).toBeNull();
    expect(revisions.map((revision) => [revision.number, revision.section, revision.sectionTitle])).toEqual([
      [5, "aliases", "Alternative titles"],
      [4, "segments", "Segments"],
      [3, "credits", "Staff"],
      [2, "general", "General Information"],
      [1, "description", "Description"],
    ]);
    expect(revisions[0]).toMatchObject({
      proposer: { username: "mandatory-network", displayName: "Mandatory Network" },
      approver: null,
      summary: "Imported from the original wiki page",
      revertOfNumber: null,
      current: true,
    });
    expect(revisions.map((revision) => revision.editable)).toEqual([true, true, true, true, true]);
  });

  it("pages by fifty without repeating or skipping a revision, ties broken by id", async () => {
    const pages = await wholeHistory(films.robotCarnival.id);
    expect(pages.map((page) => page.revisions.length)).toEqual([CHANGES_PAGE_SIZE, EXTRA + 1 - CHANGES_PAGE_SIZE]);
    const numbers = pages.flatMap((page) => page.revisions.map((revision) => revision.number));
    expect(numbers).toEqual(Array.from({ length: EXTRA + 1 }, (_, index) => EXTRA + 1 - index));
    const first = pages[0]!.revisions;
    expect(first[0]).toMatchObject({ approver: { username: "moderator" }, current: true });
    expect(first[1]).toMatchObject({ current: false });
  });

  it("makes the same number of queries for one revision as for a full page", async () => {
    const few = await counter.count(() => getFilmHistory(films.akira.id));
    const many = await counter.count(() => getFilmHistory(films.robotCarnival.id));
    expect(few.result.revisions.length).toBeLessThan(many.result.revisions.length);
    expect(many.result.revisions).toHaveLength(CHANGES_PAGE_SIZE);
    expect(many.queries).toBe(few.queries);
  });
});

describe("decodeChangesCursor", () => {
  it("reads a page position and ignores anything else", () => {
    expect(decodeChangesCursor("1893456000000_42")).toEqual({ createdAt: new Date(1893456000000), id: 42 });
    for (const value of [undefined, "", "abc", "1_0", "1_9999999999", ["1_2", "3_4"]]) {
      expect(decodeChangesCursor(value)).toBeNull();
    }
  });
});

describe("getRevisionComparison", () => {
  const revisionOf = (filmId: number, number: number) =>
    database.prisma.revision.findFirstOrThrow({ where: { filmId, number }, select: { id: true } });

  it("sets the state after an older revision beside the state after a newer one", async () => {
    const [second, tenth] = await Promise.all([
      revisionOf(films.robotCarnival.id, 2),
      revisionOf(films.robotCarnival.id, 10),
    ]);
    const comparison = await getRevisionComparison(films.robotCarnival.id, second.id, tenth.id);
    expect(comparison).toMatchObject({
      ok: true,
      sectionTitle: "Alternative titles",
      labels: { aliases: "Alternative titles" },
      older: { number: 2, proposer: { username: "editor" } },
      newer: { number: 10 },
      values: { older: { aliases: [title("Alias 1")] }, newer: { aliases: [title("Alias 9")] } },
    });
  });

  it("refuses a From newer than its To, and a revision compared with itself", async () => {
    const [second, tenth] = await Promise.all([
      revisionOf(films.robotCarnival.id, 2),
      revisionOf(films.robotCarnival.id, 10),
    ]);
    expect(await getRevisionComparison(films.robotCarnival.id, tenth.id, second.id)).toEqual({
      ok: false,
      reason: "reversed",
      from: tenth.id,
      to: second.id,
    });
    expect(await getRevisionComparison(films.robotCarnival.id, tenth.id, tenth.id)).toEqual({
      ok: false,
      reason: "same",
    });
  });

  it("without From, shows what a revision changed: the previous one of its section beside it", async () => {
    const tenth = await revisionOf(films.robotCarnival.id, 10);
    expect(await getRevisionComparison(films.robotCarnival.id, null, tenth.id)).toMatchObject({
      ok: true,
      older: { number: 9 },
      newer: { number: 10 },
      values: { older: { aliases: [title("Alias 8")] }, newer: { aliases: [title("Alias 9")] } },
    });
    // A section's first revision is set beside the section before it.
    const description = await revisionOf(films.memories.id, 1);
    const first = await getRevisionComparison(films.memories.id, null, description.id);
    expect(first).toMatchObject({ ok: true, older: null, newer: { number: 1 }, values: { older: {} } });
  });

  it("compares the seeded staff list row by row", async () => {
    const credits = await revisionOf(films.memories.id, 3);
    const comparison = await getRevisionComparison(films.memories.id, null, credits.id);
    if (!comparison.ok) throw new Error(comparison.reason);
    const lines = displayValue("credits", comparison.values.newer.credits, comparison.names).split("\n");
    expect(lines).toHaveLength(11);
    // People are stored by slug and shown by name.
    expect(comparison.names.people["yoko-kanno"]).toBe("Yoko Kanno");
    expect(lines).toContain(
      'Yoko Kanno — Music (Magnetic Rose): Did the Soundtrack to the Magnetic Rose Segment and the ending theme "In yer Memory".',
    );
    expect(comparison.labels).toEqual({ credits: "Credits" });
  });

  it("labels an editable section's fields as its edit form does", async () => {
    const description = await revisionOf(films.memories.id, 1);
    const comparison = await getRevisionComparison(films.memories.id, null, description.id);
    expect(comparison).toMatchObject({ ok: true, labels: { deck: "Deck", description: "Description" } });
  });

  it("refuses revisions of different sections", async () => {
    const [description, credits] = await Promise.all([
      revisionOf(films.memories.id, 1),
      revisionOf(films.memories.id, 3),
    ]);
    expect(await getRevisionComparison(films.memories.id, description.id, credits.id)).toEqual({
      ok: false,
      reason: "different-sections",
      sections: ["Description", "Staff"],
    });
  });

  it("refuses a revision of another film, even when both are of that other film", async () => {
    const [memories, akira] = await Promise.all([revisionOf(films.memories.id, 1), revisionOf(films.akira.id, 1)]);
    expect(await getRevisionComparison(films.memories.id, memories.id, akira.id)).toEqual({
      ok: false,
      reason: "other-film",
      ids: [akira.id],
    });
    expect(await getRevisionComparison(films.memories.id, null, akira.id)).toMatchObject({
      ok: false,
      reason: "other-film",
    });
  });

  it("refuses a revision that does not exist", async () => {
    const memories = await revisionOf(films.memories.id, 1);
    expect(await getRevisionComparison(films.memories.id, memories.id, 999_999)).toEqual({
      ok: false,
      reason: "not-found",
      ids: [999_999],
    });
  });
});

describe("getRecentChanges", () => {
  it("lists every film's revisions newest first, a page at a time, with the film", async () => {
    const changes = [];
    let cursor: string | null = null;
    do {
      const page = await getRecentChanges(decodeChangesCursor(cursor ?? undefined));
      expect(page.changes.length).toBeLessThanOrEqual(CHANGES_PAGE_SIZE);
      changes.push(...page.changes);
      cursor = page.older;
    } while (cursor);
    expect(changes).toHaveLength(await database.prisma.revision.count({ where: { filmId: { not: null } } }));
    expect(new Set(changes.map((change) => change.id)).size).toBe(changes.length);
    for (const [index, change] of changes.entries()) {
      const next = changes[index + 1];
      if (!next) continue;
      const order = change.createdAt.getTime() - next.createdAt.getTime() || change.id - next.id;
      expect(order).toBeGreaterThan(0);
    }
    expect(changes[0]).toMatchObject({
      film: { slug: "robot-carnival", title: "Robot Carnival" },
      number: EXTRA + 1,
      sectionTitle: "Alternative titles",
      proposer: { username: "editor" },
    });
  });
});

describe("reverting", () => {
  const deckOf = async () =>
    (await database.prisma.film.findUniqueOrThrow({ where: { id: films.akira.id }, select: { deck: true } })).deck;

  /** An admin's edit of Akira's deck, approved at once, as the edit form sends it. */
  async function editDeck(deck: string) {
    const section = await getSectionForEditing(films.akira.id, "description");
    const submission = await submitFilmEdit(actor(users.admin), {
      filmId: films.akira.id,
      section: "description",
      values: { ...section!.values, deck },
      meta: { summary: "Sharper deck", source: "", baseRevisionId: section!.baseRevisionId },
    });
    expect(submission.status).toBe("APPROVED");
    return database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
  }

  it("restores the section, as a new revision that says what it reverts", async () => {
    const original = await deckOf();
    const first = await editDeck("First deck");
    await editDeck("Second deck");
    expect(await deckOf()).toBe("Second deck");

    const restored = await revertToRevision(actor(users.moderator), first.id, "Back to the first deck");
    expect(await deckOf()).toBe("First deck");
    const stored = await database.prisma.revision.findUniqueOrThrow({ where: { id: restored.id } });
    expect(stored).toMatchObject({
      revertOfId: first.id,
      section: "description",
      proposerId: users.moderator.id,
      approverId: users.moderator.id,
      before: { deck: "Second deck" },
      after: { deck: "First deck" },
      summary: `Reverted Description to revision #${first.number}: Back to the first deck`,
    });
    const { revisions } = await getFilmHistory(films.akira.id);
    expect(revisions[0]).toMatchObject({ number: restored.number, revertOfNumber: first.number, current: true });

    const seeded = revisions.find((revision) => revision.number === 1)!;
    await revertToRevision(actor(users.admin), seeded.id, "The seeded text was better");
    expect(await deckOf()).toBe(original);
  });

  it("is refused to members, and changes nothing", async () => {
    const before = await deckOf();
    const count = await database.prisma.revision.count({ where: { filmId: films.akira.id } });
    const first = await database.prisma.revision.findFirstOrThrow({ where: { filmId: films.akira.id, number: 2 } });
    await expect(revertToRevision(actor(users.editor), first.id, "No")).rejects.toBeInstanceOf(AuthorizationError);
    await expect(revertToRevision(null, first.id, "No")).rejects.toBeInstanceOf(AuthorizationError);
    expect(await deckOf()).toBe(before);
    expect(await database.prisma.revision.count({ where: { filmId: films.akira.id } })).toBe(count);
  });

  it("refuses to restore what is already there", async () => {
    const { revisions } = await getFilmHistory(films.akira.id);
    await expect(revertToRevision(actor(users.moderator), revisions[0]!.id, "Again")).rejects.toBeInstanceOf(
      SubmissionError,
    );
  });
});

describe("the revert action", () => {
  const revisionOf = (filmId: number, number: number) =>
    database.prisma.revision.findFirstOrThrow({ where: { filmId, number }, select: { id: true } });

  const reason = (text: string) => {
    const form = new FormData();
    form.set("reason", text);
    return form;
  };

  it("shows what a revert would change before it is made", async () => {
    const second = await revisionOf(films.akira.id, 2);
    const preview = await getRevertPreview(films.akira.id, second.id);
    expect(preview).toMatchObject({ revision: { number: 2 }, sectionTitle: "Description", unchanged: false });
    expect(preview!.restored.deck).not.toEqual(preview!.current.deck);
    expect(await getRevertPreview(films.memories.id, second.id)).toBeNull();
  });

  it("reverts for a moderator with a reason, refreshes the film's pages and returns to its history", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(users.moderator);
    const second = await revisionOf(films.akira.id, 2);
    await expect(revert(second.id, null, reason("  Vandalism in the deck\r\n"))).rejects.toThrow(
      /^redirect to \/films\/akira\/history\?reverted=\d+$/,
    );
    const newest = await database.prisma.revision.findFirstOrThrow({
      where: { filmId: films.akira.id },
      orderBy: { number: "desc" },
    });
    expect(newest).toMatchObject({
      revertOfId: second.id,
      summary: "Reverted Description to revision #2: Vandalism in the deck",
    });
    expect(await getRevertNotice(films.akira.id, newest.id)).toBe(
      `Reverted: revision #${newest.number} restores Description as it was after revision #2.`,
    );
    expect(revalidatePath).toHaveBeenCalledWith("/films/akira", "layout");
    expect(revalidatePath).toHaveBeenCalledWith("/recent-changes");
    // The cached film page: readers see the revert at once.
    expect(updateTag).toHaveBeenCalledWith("film:akira");
    const { revisions } = await getFilmHistory(films.akira.id);
    expect(revisions[0]).toMatchObject({ summary: "Reverted Description to revision #2: Vandalism in the deck" });
  });

  it("wants a reason, and changes nothing without one", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(users.moderator);
    const seeded = await revisionOf(films.akira.id, 1);
    const count = await database.prisma.revision.count({ where: { filmId: films.akira.id } });
    expect(await revert(seeded.id, null, reason("   "))).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Say why you are reverting, so the history tells others."] },
    });
    expect(await revert(seeded.id, null, reason("!!!"))).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["A reason needs words, not just punctuation."] },
      values: { reason: "!!!" },
    });
    expect(await revert(seeded.id, null, reason("x".repeat(201)))).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Reasons are at most 200 characters long."] },
    });
    const extra = reason("Fine");
    extra.set("section", "credits");
    expect(await revert(seeded.id, null, extra)).toMatchObject({ ok: false, formError: "Unexpected fields: section." });
    expect(await database.prisma.revision.count({ where: { filmId: films.akira.id } })).toBe(count);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("turns refusals into form errors", async () => {
    const seeded = await revisionOf(films.akira.id, 1);
    const credits = await revisionOf(films.memories.id, 3);
    vi.mocked(getCurrentUser).mockResolvedValue(null);
    expect(await revert(seeded.id, null, reason("Because"))).toMatchObject({
      ok: false,
      formError: "Your session has ended. Sign in again to revert.",
    });
    vi.mocked(getCurrentUser).mockResolvedValue(users.editor);
    expect(await revert(seeded.id, null, reason("Because"))).toMatchObject({
      ok: false,
      formError: "You are not allowed to do this.",
    });
    vi.mocked(getCurrentUser).mockResolvedValue(users.moderator);
    expect(await revert(-4, null, reason("Because"))).toMatchObject({
      ok: false,
      formError: "There is no such revision.",
    });
    expect(await revert("7" as unknown as number, null, reason("Because"))).toMatchObject({
      ok: false,
      formError: "There is no such revision.",
    });
    expect(await revert(credits.id, null, reason("Because"))).toMatchObject({
      ok: false,
      formError: "The section is already as it was after that revision.",
    });
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
