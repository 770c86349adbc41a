import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { SubmissionError } from "@/lib/submissions/errors";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { submitEntityEdit } from "@/lib/submissions/mutations/submit-edit";
import { getSectionForEditing, getSubmissionReview } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { seededActors } from "./film-edit";

const database = withTestDatabase();
let actors: Record<"editor" | "moderator" | "admin", Actor>;
let kon: { id: number; bio: string };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  kon = await database.prisma.person.findUniqueOrThrow({
    where: { slug: "satoshi-kon" },
    select: { id: true, bio: true },
  });
});

async function editPerson(actor: Actor, personId: number, change: Record<string, string>) {
  const editing = await getSectionForEditing(personId, "person");
  return submitEntityEdit(actor, {
    entityType: "PERSON",
    entityId: personId,
    section: "person",
    values: { ...editing!.values, ...change },
    meta: { summary: "Fuller biography", source: "", baseRevisionId: editing!.baseRevisionId },
  });
}

describe("editing a person", () => {
  it("queues an editor's bio, applies it on approval and records a PERSON revision", async () => {
    const submission = await editPerson(actors.editor, kon.id, { bio: "Director of Perfect Blue and Paprika." });
    expect(submission.status).toBe("PENDING");
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(stored).toMatchObject({ entityType: "PERSON", entityId: kon.id, filmId: null });
    expect(await getSubmissionReview(submission.id)).toMatchObject({
      sectionTitle: "Person",
      entry: { href: "/people/satoshi-kon", name: "Satoshi Kon" },
    });

    await approveSubmission(actors.moderator, submission.id);
    const person = await database.prisma.person.findUniqueOrThrow({ where: { id: kon.id } });
    expect(person.bio).toBe("Director of Perfect Blue and Paprika.");
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision).toMatchObject({
      entityType: "PERSON",
      entityId: kon.id,
      filmId: null,
      section: "person",
      number: 1,
    });
    expect(revision.before).toMatchObject({ bio: kon.bio });
  });

  it("gives the review the biography's wiki links, resolved, to show it rendered", async () => {
    const submission = await editPerson(actors.editor, kon.id, {
      bio: "Admired [[film:akira]] and [[film:nothing-yet]].",
    });
    const review = await getSubmissionReview(submission.id);
    expect(review?.wikiTextFields).toEqual(["bio"]);
    expect(review && Object.fromEntries(review.wikiLinks)).toEqual({
      "film:akira": { href: "/films/akira", title: "Akira" },
    });
  });

  it("refuses a film's section for a person", async () => {
    await expect(
      submitEntityEdit(actors.editor, {
        entityType: "PERSON",
        entityId: kon.id,
        section: "description",
        values: { deck: "x", description: "" },
        meta: { summary: "Wrong section", source: "", baseRevisionId: null },
      }),
    ).rejects.toThrow(SubmissionError);
  });

  it("edits a character's deck straight away for an admin", async () => {
    const character = await database.prisma.character.create({
      data: { slug: "mima-kirigoe", name: "Mima Kirigoe" },
      select: { id: true },
    });
    const editing = await getSectionForEditing(character.id, "character");
    const submission = await submitEntityEdit(actors.admin, {
      entityType: "CHARACTER",
      entityId: character.id,
      section: "character",
      values: { ...editing!.values, deck: "A new character deck." },
      meta: { summary: "Deck", source: "", baseRevisionId: editing!.baseRevisionId },
    });
    expect(submission.status).toBe("APPROVED");
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision).toMatchObject({ entityType: "CHARACTER", entityId: character.id, filmId: null });
  });
});
