import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { NOTHING_TO_CHANGE } from "@/lib/submissions/base-values";
import { amendSubmission } from "@/lib/submissions/mutations/author-submission";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { submitFilmEdit } from "@/lib/submissions/mutations/submit-edit";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { seededActors } from "./film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>> & { other: Actor; trusted: Actor };
let film: { id: number };

beforeAll(async () => {
  const prisma = database.prisma;
  actors = {
    ...(await seededActors(prisma)),
    other: await prisma.user.create({
      data: { username: "second-editor", displayName: "Second Editor" },
      select: { id: true, role: true },
    }),
    trusted: await prisma.user.create({
      data: { username: "trusted-same", displayName: "Trusted Same", role: "TRUSTED" },
      select: { id: true, role: true },
    }),
  };
  film = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
});

/** A deck edit as the form sends it, on the revision the form was opened at. */
async function editDeck(actor: Actor, deck: string, opened?: Awaited<ReturnType<typeof getSectionForEditing>>) {
  const section = opened ?? (await getSectionForEditing(film.id, "description"));
  return submitFilmEdit(actor, {
    filmId: film.id,
    section: "description",
    values: { ...section!.values, deck },
    meta: { summary: "Deck", source: "", baseRevisionId: section!.baseRevisionId },
  });
}

const revisionCount = () => database.prisma.revision.count({ where: { entityType: "FILM", entityId: film.id } });

describe("an edit the entry already holds", () => {
  it("is approved with no revision, and says why, when the same change was approved first", async () => {
    const first = await editDeck(actors.editor, "The same deck, twice");
    const second = await editDeck(actors.other, "The same deck, twice");
    expect((await approveSubmission(actors.moderator, first.id)).status).toBe("APPROVED");
    const revisions = await revisionCount();

    expect(await approveSubmission(actors.moderator, second.id)).toEqual({ status: "UNCHANGED" });
    expect(await revisionCount()).toBe(revisions);
    expect(await database.prisma.submission.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      status: "APPROVED",
      reviewerId: actors.moderator.id,
      reviewReason: NOTHING_TO_CHANGE,
    });
  });

  it("is refused when submitted, though it differs from the revision the form was opened at", async () => {
    const opened = await getSectionForEditing(film.id, "description");
    await editDeck(actors.admin, "Changed meanwhile");
    const submissions = await database.prisma.submission.count();
    const revisions = await revisionCount();

    await expect(editDeck(actors.editor, "Changed meanwhile", opened)).rejects.toThrow(NOTHING_TO_CHANGE);
    await expect(editDeck(actors.trusted, "Changed meanwhile", opened)).rejects.toThrow(NOTHING_TO_CHANGE);
    expect(await database.prisma.submission.count()).toBe(submissions);
    expect(await revisionCount()).toBe(revisions);
  });

  it("is refused when a pending submission is amended to it", async () => {
    const submission = await editDeck(actors.editor, "A deck of my own");
    await editDeck(actors.admin, "The admin's deck");
    const current = (await getSectionForEditing(film.id, "description"))!.values;
    await expect(
      amendSubmission(actors.editor, submission.id, {
        section: "description",
        values: current,
        meta: { summary: "Same as now", source: "" },
      }),
    ).rejects.toThrow(NOTHING_TO_CHANGE);
  });
});

describe("amending", () => {
  it("takes the section from the stored submission: values for another section are refused", async () => {
    const submission = await editDeck(actors.editor, "Amend me");
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    const general = (await getSectionForEditing(film.id, "general"))!.values;

    await expect(
      amendSubmission(actors.editor, submission.id, {
        section: "general",
        values: { ...general, title: "Not Akira" },
        meta: { summary: "Sneaky", source: "" },
      }),
    ).rejects.toThrow("This submission edits Description; amend it with that section's form.");
    expect(await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).toEqual(stored);
  });
});
