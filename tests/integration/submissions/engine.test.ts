import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { AuthorizationError } from "@/lib/auth/policy";
import { revertToRevision } from "@/lib/revisions/mutations";
import { SubmissionError } from "@/lib/submissions/errors";
import { amendSubmission, withdrawSubmission } from "@/lib/submissions/mutations/author-submission";
import { approveSubmission, rejectSubmission } from "@/lib/submissions/mutations/review-submission";
import { submitFilmEdit } from "@/lib/submissions/mutations/submit-edit";
import { getAuthorSubmissions, getSectionForEditing } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { waitForLockWaiters } from "./approve-together";

const database = withTestDatabase();
const actors: Record<"editor" | "moderator" | "admin" | "trusted", Actor> = {} as never;
let akira: { id: number };
let roujinZ: { id: number };

beforeAll(async () => {
  const prisma = database.prisma;
  for (const username of ["editor", "moderator", "admin"] as const) {
    actors[username] = await prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true } });
  }
  actors.trusted = await prisma.user.create({
    data: { username: "trusted-one", displayName: "Trusted One", role: "TRUSTED" },
    select: { id: true, role: true },
  });
  akira = await prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
  roujinZ = await prisma.film.findUniqueOrThrow({ where: { slug: "roujin-z" }, select: { id: true } });
});

/** An edit of a film's description as a form would send it: current values, one field changed. */
async function editDeck(actor: Actor, filmId: number, deck: string, summary = "Better deck") {
  const section = await getSectionForEditing(filmId, "description");
  return submitFilmEdit(actor, {
    filmId,
    section: "description",
    values: { ...section!.values, deck },
    meta: { summary, source: "", baseRevisionId: section!.baseRevisionId },
  });
}

const deckOf = async (filmId: number) =>
  (await database.prisma.film.findUniqueOrThrow({ where: { id: filmId }, select: { deck: true } })).deck;

describe("submitting", () => {
  it("queues a member's edit without changing the film", async () => {
    const before = await deckOf(akira.id);
    const submission = await editDeck(actors.editor, akira.id, "A pending deck");
    expect(submission.status).toBe("PENDING");
    expect(await deckOf(akira.id)).toBe(before);
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(stored.changes).toEqual({ deck: { before, after: "A pending deck" } });
  });

  it("refuses an edit that changes nothing", async () => {
    await expect(editDeck(actors.editor, akira.id, await deckOf(akira.id))).rejects.toThrow(SubmissionError);
  });

  it("applies a trusted user's edit at once, through the same path, as a revision", async () => {
    const submission = await editDeck(actors.trusted, roujinZ.id, "Trusted deck");
    expect(submission.status).toBe("APPROVED");
    expect(await deckOf(roujinZ.id)).toBe("Trusted deck");
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision).toMatchObject({
      proposerId: actors.trusted.id,
      approverId: actors.trusted.id,
      section: "description",
    });
  });
});

describe("reviewing", () => {
  it("approves: the film changes and a numbered revision records before and after", async () => {
    const before = await deckOf(akira.id);
    const submission = await editDeck(actors.editor, akira.id, "Approved deck");
    const last = await database.prisma.revision.findFirst({
      where: { entityId: akira.id },
      orderBy: { number: "desc" },
    });
    const outcome = await approveSubmission(actors.moderator, submission.id);
    expect(outcome.status).toBe("APPROVED");
    expect(await deckOf(akira.id)).toBe("Approved deck");
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision.number).toBe(last!.number + 1);
    expect(revision).toMatchObject({ proposerId: actors.editor.id, approverId: actors.moderator.id });
    expect((revision.before as { deck: string }).deck).toBe(before);
    expect((revision.after as { deck: string }).deck).toBe("Approved deck");
  });

  it("rejects with a reason and leaves the film alone", async () => {
    const before = await deckOf(akira.id);
    const submission = await editDeck(actors.editor, akira.id, "Vandalism");
    await rejectSubmission(actors.moderator, submission.id, "Not an improvement");
    expect(await deckOf(akira.id)).toBe(before);
    expect(await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
      status: "REJECTED",
      reviewReason: "Not an improvement",
      reviewerId: actors.moderator.id,
    });
    await expect(approveSubmission(actors.moderator, submission.id)).rejects.toThrow("already rejected");
  });

  it("lets only moderators review, and nobody their own submission", async () => {
    const submission = await editDeck(actors.editor, akira.id, "Self-review attempt");
    await expect(approveSubmission(actors.editor, submission.id)).rejects.toThrow(AuthorizationError);
    const own = await editDeck(actors.moderator, akira.id, "A moderator's own edit");
    expect(own.status).toBe("APPROVED");
    await database.prisma.submission.update({ where: { id: own.id }, data: { status: "PENDING" } });
    await expect(approveSubmission(actors.moderator, own.id)).rejects.toThrow("Nobody reviews their own submission");
  });
});

describe("conflicts", () => {
  it("merges a stale edit field by field when the fields differ", async () => {
    const stale = await getSectionForEditing(akira.id, "description");
    await editDeck(actors.admin, akira.id, "Deck changed meanwhile");
    const submission = await submitFilmEdit(actors.editor, {
      filmId: akira.id,
      section: "description",
      values: { ...stale!.values, description: "A new description from a stale form." },
      meta: { summary: "Description", source: "", baseRevisionId: stale!.baseRevisionId },
    });
    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("APPROVED");
    const film = await database.prisma.film.findUniqueOrThrow({ where: { id: akira.id } });
    expect(film.deck).toBe("Deck changed meanwhile");
    expect(film.description).toBe("A new description from a stale form.");
  });

  it("marks a field both sides changed as a conflict, with both values, and overwrites nothing", async () => {
    const stale = await getSectionForEditing(akira.id, "description");
    await editDeck(actors.admin, akira.id, "Their deck");
    const submission = await submitFilmEdit(actors.editor, {
      filmId: akira.id,
      section: "description",
      values: { ...stale!.values, deck: "My deck" },
      meta: { summary: "Deck", source: "", baseRevisionId: stale!.baseRevisionId },
    });
    const outcome = await approveSubmission(actors.moderator, submission.id);
    expect(outcome).toMatchObject({
      status: "CONFLICT",
      conflicts: { deck: { base: stale!.values.deck, current: "Their deck", proposed: "My deck" } },
    });
    expect(await deckOf(akira.id)).toBe("Their deck");

    // The author resolves it by amending, which re-bases the edit on the newest revision.
    await amendSubmission(actors.editor, submission.id, {
      section: "description",
      values: { ...(await getSectionForEditing(akira.id, "description"))!.values, deck: "My deck, reconsidered" },
      meta: { summary: "Deck, after the conflict", source: "" },
    });
    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("APPROVED");
    expect(await deckOf(akira.id)).toBe("My deck, reconsidered");
  });

  it("never lets two moderators approving at once both apply conflicting changes", async () => {
    const first = await editDeck(actors.editor, akira.id, "Racing deck one");
    const second = await editDeck(actors.editor, akira.id, "Racing deck two");
    const revisionsBefore = await database.prisma.revision.count({ where: { entityId: akira.id } });
    // Hold the film's row so that both approvals are under way before either can finish: the
    // race then happens every time, not only when the scheduler happens to interleave them.
    const holder = new pg.Client(database.url);
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query('SELECT id FROM "Film" WHERE id = $1 FOR UPDATE', [akira.id]);
    const approvals = Promise.allSettled([
      approveSubmission(actors.moderator, first.id),
      approveSubmission(actors.admin, second.id),
    ]);
    try {
      await waitForLockWaiters(database.prisma, 2);
    } finally {
      await holder.query("COMMIT");
      await holder.end();
    }
    const outcomes = await approvals;
    const statuses = outcomes.map((outcome) => (outcome.status === "fulfilled" ? outcome.value.status : "FAILED"));
    expect([...statuses].sort()).toEqual(["APPROVED", "CONFLICT"]);
    expect(await deckOf(akira.id)).toBe(statuses[0] === "APPROVED" ? "Racing deck one" : "Racing deck two");
    expect(await database.prisma.revision.count({ where: { entityId: akira.id } })).toBe(revisionsBefore + 1);
  });

  it("applies one submission once even when two moderators approve it at the same moment", async () => {
    const submission = await editDeck(actors.editor, akira.id, "Approved twice at once");
    const results = await Promise.allSettled([
      approveSubmission(actors.moderator, submission.id),
      approveSubmission(actors.admin, submission.id),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await database.prisma.revision.count({ where: { submissionId: submission.id } })).toBe(1);
  });
});

describe("authors", () => {
  it("can amend a pending submission, which keeps its place in the queue", async () => {
    const submission = await editDeck(actors.editor, akira.id, "First try");
    const created = (await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).createdAt;
    await amendSubmission(actors.editor, submission.id, {
      section: "description",
      values: { ...(await getSectionForEditing(akira.id, "description"))!.values, deck: "Second try" },
      meta: { summary: "Typo fixed", source: "https://example.org" },
    });
    const amended = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(amended).toMatchObject({
      status: "PENDING",
      summary: "Typo fixed",
      source: "https://example.org",
      createdAt: created,
    });
    expect((amended.changes as { deck: { after: string } }).deck.after).toBe("Second try");
    await expect(
      amendSubmission(actors.moderator, submission.id, {
        section: "description",
        values: {},
        meta: { summary: "x", source: "" },
      }),
    ).rejects.toThrow("You have no such submission.");
  });

  it("can withdraw a pending submission, and see places in the queue", async () => {
    const submission = await editDeck(actors.editor, akira.id, "Changed my mind");
    const listed = await getAuthorSubmissions(actors.editor.id);
    const pending = listed.filter((entry) => entry.status === "PENDING");
    expect(pending.every((entry) => entry.queuePlace !== null && entry.queuePlace > 0)).toBe(true);
    await withdrawSubmission(actors.editor, submission.id);
    expect((await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).status).toBe(
      "WITHDRAWN",
    );
    await expect(withdrawSubmission(actors.editor, submission.id)).rejects.toThrow("already withdrawn");
  });
});

describe("reverting", () => {
  it("restores a section as it was after an earlier revision, as a new revision", async () => {
    const target = await database.prisma.revision.findFirstOrThrow({
      where: { entityId: akira.id, section: "description" },
      orderBy: { number: "asc" },
    });
    await editDeck(actors.admin, akira.id, "Deck to be reverted");
    await expect(revertToRevision(actors.editor, target.id, "Undo")).rejects.toThrow(AuthorizationError);
    const revert = await revertToRevision(actors.moderator, target.id, "Undo");
    expect(await deckOf(akira.id)).toBe((target.after as { deck: string }).deck);
    const stored = await database.prisma.revision.findUniqueOrThrow({ where: { id: revert.id } });
    expect(stored).toMatchObject({ revertOfId: target.id, proposerId: actors.moderator.id });
    await expect(revertToRevision(actors.moderator, target.id, "Undo")).rejects.toThrow("already as it was");
  });
});

describe("the submission rate limit", () => {
  it("stops a user after the hourly limit, with a clear message", async () => {
    const spammer = await database.prisma.user.create({
      data: { username: "busy-editor", displayName: "busy-editor" },
      select: { id: true, role: true },
    });
    await database.prisma.rateLimitEvent.createMany({
      data: Array.from({ length: 30 }, () => ({ key: `submission:user:${spammer.id}` })),
    });
    await expect(editDeck(spammer, akira.id, "One too many")).rejects.toThrow(
      /You have made 30 submissions in the last hour\. Try again in \d+ minutes?\./,
    );
  });
});
