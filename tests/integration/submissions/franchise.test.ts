import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;
let films: { id: number }[];

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  films = await database.prisma.film.findMany({
    where: { slug: { in: ["darker-than-black", "canaan"] } },
    select: { id: true },
  });
});

const franchiseOf = async (filmId: number) =>
  (
    await database.prisma.film.findUniqueOrThrow({
      where: { id: filmId },
      select: { franchise: { select: { name: true, slug: true } } },
    })
  ).franchise;

describe("editing the franchise", () => {
  it("creates a new franchise once and shares it, whatever the case typed", async () => {
    const [first, second] = films as [{ id: number }, { id: number }];
    const submission = await submitSection(actors.admin, first.id, "franchise", { franchise: "Bones Originals" });
    expect(submission.status).toBe("APPROVED");
    expect(await franchiseOf(first.id)).toEqual({ name: "Bones Originals", slug: "bones-originals" });
    await submitSection(actors.admin, second.id, "franchise", { franchise: "bones originals" });
    expect(await franchiseOf(second.id)).toEqual({ name: "Bones Originals", slug: "bones-originals" });
    expect(await database.prisma.franchise.count({ where: { slug: "bones-originals" } })).toBe(1);
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision).toMatchObject({ section: "franchise", after: { franchise: "Bones Originals" } });
  });

  it("takes a film out of its franchise", async () => {
    await submitSection(actors.admin, films[0]!.id, "franchise", { franchise: null });
    expect(await franchiseOf(films[0]!.id)).toBeNull();
  });
});
