import { describe, expect, it } from "vitest";
import { getGenreIndex } from "@/lib/browse/tag-queries";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();

describe("films per genre and theme", () => {
  it("stay equal to the films tagged, through tagging, untagging and a film's deletion", async () => {
    const genre = await database.prisma.genre.create({ data: { slug: "counted", name: "Counted" } });
    const films = await database.prisma.film.findMany({ take: 3, orderBy: { id: "asc" }, select: { id: true } });
    const countOf = async () => (await database.prisma.genre.findUniqueOrThrow({ where: { id: genre.id } })).filmCount;
    await database.prisma.filmGenre.createMany({ data: films.map((film) => ({ filmId: film.id, genreId: genre.id })) });
    expect(await countOf()).toBe(3);
    await database.prisma.filmGenre.delete({ where: { filmId_genreId: { filmId: films[0]!.id, genreId: genre.id } } });
    expect(await countOf()).toBe(2);
    const film = await database.prisma.film.create({ data: { slug: "short-lived", title: "Short-lived" } });
    await database.prisma.filmGenre.create({ data: { filmId: film.id, genreId: genre.id } });
    await database.prisma.film.delete({ where: { id: film.id } });
    expect(await countOf()).toBe(2);
    const index = await getGenreIndex();
    expect(index.find((entry) => entry.slug === "counted")).toEqual({ slug: "counted", name: "Counted", filmCount: 2 });
  });
});
