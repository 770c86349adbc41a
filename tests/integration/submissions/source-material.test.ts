import { beforeAll, describe, expect, it } from "vitest";
import { displayValue } from "@/lib/submissions/display";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { getSubmissionReview } from "@/lib/submissions/queries";
import { sectionOf } from "@/lib/submissions/sections";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;
let akira: { id: number };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  akira = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
});

describe("source material, in the General section", () => {
  it("is written on approval, shown by its name in the diff, and changes nothing else", async () => {
    const current = await database.prisma.$transaction((tx) => sectionOf("general").read(tx, akira.id));
    expect(current).toMatchObject({ sourceMaterial: null });
    const submission = await submitSection(actors.editor, akira.id, "general", {
      ...current,
      sourceMaterial: "MANGA",
    });
    const review = await getSubmissionReview(submission.id);
    expect(Object.keys(review?.changes ?? {})).toEqual(["sourceMaterial"]);
    expect(displayValue("sourceMaterial", review?.changes.sourceMaterial?.after, review?.names)).toBe("Manga");
    await approveSubmission(actors.moderator, submission.id);
    const film = await database.prisma.film.findUniqueOrThrow({ where: { id: akira.id } });
    expect(film.sourceMaterial).toBe("MANGA");
  });
});
