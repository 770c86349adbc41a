import { beforeAll, describe, expect, it } from "vitest";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;
let film: { id: number };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  film = await database.prisma.film.findUniqueOrThrow({ where: { slug: "neo-tokyo" }, select: { id: true } });
});

const aliasesOf = async () =>
  (await database.prisma.alias.findMany({ where: { filmId: film.id }, orderBy: { id: "asc" } })).map((row) => row.name);

describe("editing aliases", () => {
  it("reads the film's aliases in the order they were added", async () => {
    expect((await getSectionForEditing(film.id, "aliases"))?.values).toEqual({ aliases: ["Manie-Manie"] });
  });

  it("replaces them once a moderator approves, and records a revision", async () => {
    const submission = await submitSection(actors.editor, film.id, "aliases", {
      aliases: ["Manie-Manie", "Meikyuu Monogatari"],
    });
    expect(submission.status).toBe("PENDING");
    expect(await aliasesOf()).toEqual(["Manie-Manie"]);

    const outcome = await approveSubmission(actors.moderator, submission.id);
    expect(outcome.status).toBe("APPROVED");
    expect(await aliasesOf()).toEqual(["Manie-Manie", "Meikyuu Monogatari"]);
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision).toMatchObject({
      section: "aliases",
      before: { aliases: ["Manie-Manie"] },
      after: { aliases: ["Manie-Manie", "Meikyuu Monogatari"] },
    });
  });

  it("removes every alias when all are cleared", async () => {
    await submitSection(actors.admin, film.id, "aliases", { aliases: [] });
    expect(await aliasesOf()).toEqual([]);
  });
});
