import { beforeAll, describe, expect, it } from "vitest";
import { SubmissionError } from "@/lib/submissions/errors";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;
let akira: { id: number };
let steamboy: { id: number };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  akira = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
  steamboy = await database.prisma.film.findUniqueOrThrow({ where: { slug: "steamboy" }, select: { id: true } });
});

const genresOf = async (filmId: number) =>
  (await database.prisma.filmGenre.findMany({ where: { filmId }, select: { genre: { select: { name: true } } } }))
    .map((link) => link.genre.name)
    .sort();

describe("editing genres", () => {
  it("creates a new genre once, links it, and records a revision", async () => {
    const submission = await submitSection(actors.editor, akira.id, "genres", {
      names: ["Science Fiction", "Cyberpunk"],
    });
    await approveSubmission(actors.moderator, submission.id);
    expect(await genresOf(akira.id)).toEqual(["Cyberpunk", "Science Fiction"]);
    expect(await database.prisma.genre.findUnique({ where: { slug: "science-fiction" } })).toMatchObject({
      name: "Science Fiction",
    });
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision).toMatchObject({
      section: "genres",
      before: { names: [] },
      after: { names: ["Cyberpunk", "Science Fiction"] },
    });
  });

  it("uses the existing genre for a name in another case, without creating another", async () => {
    const submission = await submitSection(actors.admin, steamboy.id, "genres", { names: ["science fiction"] });
    expect(submission.status).toBe("APPROVED");
    expect(await genresOf(steamboy.id)).toEqual(["Science Fiction"]);
    expect(
      await database.prisma.genre.count({ where: { name: { equals: "science fiction", mode: "insensitive" } } }),
    ).toBe(1);
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(stored.changes).toEqual({ names: { before: [], after: ["Science Fiction"] } });
  });

  it("sees no change in a list that differs only in order and case", async () => {
    await expect(
      submitSection(actors.editor, akira.id, "genres", { names: ["science fiction", "CYBERPUNK"] }),
    ).rejects.toThrow(SubmissionError);
  });

  it("unlinks a genre that is left out, keeping it in the vocabulary", async () => {
    await submitSection(actors.admin, akira.id, "genres", { names: ["Cyberpunk"] });
    expect(await genresOf(akira.id)).toEqual(["Cyberpunk"]);
    expect(await database.prisma.genre.count({ where: { slug: "science-fiction" } })).toBe(1);
  });
});

describe("editing themes and associations", () => {
  it("writes to their own vocabularies", async () => {
    await submitSection(actors.admin, akira.id, "themes", { names: ["Adolescence"] });
    await submitSection(actors.admin, akira.id, "associations", { names: ["Neo-Tokyo"] });
    const film = await database.prisma.film.findUniqueOrThrow({
      where: { id: akira.id },
      select: { themes: { select: { theme: true } }, concepts: { select: { concept: true } } },
    });
    expect(film.themes.map((link) => link.theme)).toMatchObject([{ name: "Adolescence", slug: "adolescence" }]);
    expect(film.concepts.map((link) => link.concept)).toMatchObject([{ name: "Neo-Tokyo", slug: "neo-tokyo" }]);
  });
});
