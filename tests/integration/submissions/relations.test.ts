import { beforeAll, describe, expect, it } from "vitest";
import { displayValue } from "@/lib/submissions/display";
import { SectionFieldErrors } from "@/lib/submissions/errors";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { getSubmissionReview } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;
let akira: { id: number };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  akira = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
});

const outgoing = async () =>
  (
    await database.prisma.filmRelation.findMany({
      where: { fromFilmId: akira.id },
      orderBy: { id: "asc" },
      select: { kind: true, toFilm: { select: { slug: true } } },
    })
  ).map((row) => `${row.kind} ${row.toFilm.slug}`);

describe("editing relations", () => {
  it("stores a film typed by title as its slug, writes the rows on approval and records a revision", async () => {
    const submission = await submitSection(actors.editor, akira.id, "relations", {
      relations: [
        { kind: "SIMILAR", film: "robot carnival" },
        { kind: "RELATED", film: "roujin-z" },
      ],
    });
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(stored.changes).toMatchObject({
      relations: {
        after: [
          { kind: "SIMILAR", film: "robot-carnival" },
          { kind: "RELATED", film: "roujin-z" },
        ],
      },
    });
    // The moderator's diff names the films by title.
    const review = await getSubmissionReview(submission.id);
    expect(review?.names.films).toEqual({ "robot-carnival": "Robot Carnival", "roujin-z": "Roujin Z" });
    expect(displayValue("relations", review?.changes.relations?.after, review?.names)).toBe(
      "Similar: Robot Carnival\nRelated: Roujin Z",
    );
    await approveSubmission(actors.moderator, submission.id);
    expect(await outgoing()).toEqual(["SIMILAR robot-carnival", "RELATED roujin-z"]);
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision).toMatchObject({ section: "relations", before: { relations: [] } });
  });

  it("marks an unknown film, the film itself and a repeat beside their rows, and saves nothing", async () => {
    const error = await submitSection(actors.editor, akira.id, "relations", {
      relations: [
        { kind: "SIMILAR", film: "robot-carnival" },
        { kind: "SEQUEL", film: "No Such Film" },
        { kind: "RELATED", film: "Akira" },
        { kind: "SIMILAR", film: "Robot Carnival" },
      ],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SectionFieldErrors);
    expect((error as SectionFieldErrors).fieldErrors).toEqual({
      "relations.1.film": ["Keyframe has no film called “No Such Film”."],
      "relations.2.film": ["A film cannot be related to itself."],
      "relations.3.film": ["This relation is listed twice."],
    });
    expect(await database.prisma.submission.count({ where: { section: "relations", status: "PENDING" } })).toBe(0);
  });

  it("replaces only this film's outgoing relations", async () => {
    const robot = await database.prisma.film.findUniqueOrThrow({
      where: { slug: "robot-carnival" },
      select: { id: true },
    });
    await database.prisma.filmRelation.create({ data: { fromFilmId: robot.id, toFilmId: akira.id, kind: "SEQUEL" } });
    await submitSection(actors.admin, akira.id, "relations", { relations: [{ kind: "ADAPTATION", film: "steamboy" }] });
    expect(await outgoing()).toEqual(["ADAPTATION steamboy"]);
    expect(await database.prisma.filmRelation.count({ where: { fromFilmId: robot.id, toFilmId: akira.id } })).toBe(1);
  });
});
