import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { SimilarEntriesError } from "@/lib/submissions/errors";
import { proposeEntry } from "@/lib/submissions/mutations/propose-entry";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { getSubmissionReview } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { seededActors } from "./film-edit";

const database = withTestDatabase();
let actors: Record<"editor" | "moderator" | "admin", Actor>;

beforeAll(async () => {
  actors = await seededActors(database.prisma);
});

const meta = { summary: "A film Keyframe lacks", source: "" };

function proposeFilm(actor: Actor, title: string, confirmedNew = false, year?: string) {
  return proposeEntry(actor, {
    kind: "new-film",
    values: { title, nativeTitle: "", format: "FILM", year, deck: `${title}, proposed.` },
    meta,
    confirmedNew,
  });
}

describe("proposing a new film", () => {
  it("waits for a moderator and creates no film yet", async () => {
    const submission = await proposeFilm(actors.editor, "Perfect Blue");
    expect(submission.status).toBe("PENDING");
    expect(await database.prisma.film.count({ where: { title: "Perfect Blue" } })).toBe(0);
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(stored).toMatchObject({ entityType: "FILM", entityId: null, filmId: null, section: "new-film" });
    expect(stored.changes).toEqual({
      title: "Perfect Blue",
      nativeTitle: "",
      format: "FILM",
      year: "",
      deck: "Perfect Blue, proposed.",
    });
    const review = await getSubmissionReview(submission.id);
    expect(review).toMatchObject({ sectionTitle: "New film", proposedName: "Perfect Blue", entry: null });
  });

  it("creates the film on approval, with revision #1 from nothing to the proposal", async () => {
    const submission = await proposeFilm(actors.editor, "Millennium Actress");
    const outcome = await approveSubmission(actors.moderator, submission.id);
    expect(outcome.status).toBe("APPROVED");
    const film = await database.prisma.film.findUniqueOrThrow({ where: { slug: "millennium-actress" } });
    expect(film).toMatchObject({ title: "Millennium Actress", nativeTitle: null, format: "FILM" });
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(stored).toMatchObject({ status: "APPROVED", entityId: film.id, filmId: film.id });
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision).toMatchObject({ entityType: "FILM", entityId: film.id, filmId: film.id, number: 1, before: {} });
    expect(revision.after).toEqual({
      title: "Millennium Actress",
      nativeTitle: "",
      format: "FILM",
      year: "",
      deck: "Millennium Actress, proposed.",
    });
    expect((await getSubmissionReview(submission.id))?.entry).toEqual({
      href: "/films/millennium-actress",
      name: "Millennium Actress",
    });
  });

  it("stores the proposed year on the film, and shows it to the moderator", async () => {
    const submission = await proposeFilm(actors.editor, "Tokyo Godfathers", false, " 2003 ");
    const review = await getSubmissionReview(submission.id);
    expect(review?.fieldLabels).toMatchObject({ year: "Year" });
    expect(review?.changes).toMatchObject({ year: { before: null, after: "2003" } });
    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("APPROVED");
    const film = await database.prisma.film.findUniqueOrThrow({ where: { slug: "tokyo-godfathers" } });
    expect(film.year).toBe(2003);
    const similar = await proposeFilm(actors.editor, "Tokyo Godfathers").then(
      () => [],
      (error: unknown) => (error as SimilarEntriesError).similar,
    );
    expect(similar).toEqual([expect.objectContaining({ name: "Tokyo Godfathers", year: 2003 })]);
  });

  it("refuses a year that is not four digits, saving nothing", async () => {
    const before = await database.prisma.submission.count();
    await expect(proposeFilm(actors.editor, "Paprika", false, "20O6")).rejects.toThrow();
    expect(await database.prisma.submission.count()).toBe(before);
  });

  it("warns of a similar title, in any case, contained either way", async () => {
    const error = await proposeFilm(actors.editor, "akira: the director's cut").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SimilarEntriesError);
    expect((error as SimilarEntriesError).similar).toContainEqual(
      expect.objectContaining({ href: "/films/akira", name: "Akira" }),
    );
    expect(
      await database.prisma.submission.count({
        where: { section: "new-film", changes: { path: ["title"], equals: "akira: the director's cut" } },
      }),
    ).toBe(0);
  });

  it("takes the next free slug once the author confirms it is a different film", async () => {
    const submission = await proposeFilm(actors.admin, "Akira", true);
    expect(submission.status).toBe("APPROVED");
    const stored = await database.prisma.submission.findUniqueOrThrow({
      where: { id: submission.id },
      include: { film: true },
    });
    expect(stored.film?.slug).toBe("akira-2");
  });

  it("creates a person approved at once for a trusted role, with no film on the revision", async () => {
    const submission = await proposeEntry(actors.admin, {
      kind: "new-person",
      values: { name: "Sadayuki Murai", nativeName: "村井さだゆき", deck: "Screenwriter." },
      meta,
      confirmedNew: false,
    });
    expect(submission.status).toBe("APPROVED");
    const person = await database.prisma.person.findUniqueOrThrow({ where: { slug: "sadayuki-murai" } });
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision).toMatchObject({ entityType: "PERSON", entityId: person.id, filmId: null, number: 1 });
  });
});
