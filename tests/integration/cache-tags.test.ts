import { describe, expect, it } from "vitest";
import { tagsShowingSection } from "@/lib/cache/affected";
import { tagsShowingList, tagsShowingListItem } from "@/lib/cache/list-tags";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();

const filmId = async (slug: string) => (await database.prisma.film.findUniqueOrThrow({ where: { slug } })).id;

describe("tagsShowingSection", () => {
  it("names only the film's own pages for a section nothing else shows", async () => {
    expect(await tagsShowingSection("FILM", await filmId("memories"), "description")).toEqual([
      "film:memories",
      "films:recent",
    ]);
  });

  it("names the pages of everyone credited, and related films, when the film's title may change", async () => {
    const memories = await filmId("memories");
    await database.prisma.filmRelation.create({
      data: { fromFilmId: await filmId("akira"), toFilmId: memories, kind: "SIMILAR" },
    });
    const tags = await tagsShowingSection("FILM", memories, "general");
    expect(tags).toEqual(expect.arrayContaining(["film:memories", "person:katsuhiro-otomo", "person:koji-morimoto"]));
    expect(tags).toContain("film:akira");
    expect(tags.filter((tag) => tag.startsWith("film:memories"))).toHaveLength(1);
  });

  it("names the films a person worked on when their name may change", async () => {
    const person = await database.prisma.person.findUniqueOrThrow({ where: { slug: "koji-morimoto" } });
    const tags = await tagsShowingSection("PERSON", person.id, "person");
    expect(tags[0]).toBe("person:koji-morimoto");
    expect(tags).toContain("film:memories");
  });

  it("names the films and voice actors of a character", async () => {
    const memories = await filmId("memories");
    const character = await database.prisma.character.create({ data: { slug: "eva-friedel", name: "Eva Friedel" } });
    const voice = await database.prisma.person.findUniqueOrThrow({ where: { slug: "koji-morimoto" } });
    await database.prisma.characterAppearance.create({
      data: {
        characterId: character.id,
        filmId: memories,
        position: 1,
        voiceCredits: { create: { personId: voice.id, language: "ja" } },
      },
    });
    expect(await tagsShowingSection("CHARACTER", character.id, "character")).toEqual(
      expect.arrayContaining(["character:eva-friedel", "film:memories", "person:koji-morimoto"]),
    );
  });

  it("names nothing for an entry that no longer exists", async () => {
    expect(await tagsShowingSection("FILM", 999_999, "general")).toEqual([]);
  });
});

describe("list tags", () => {
  it("names the list and the Top Rated Lists of each film on it", async () => {
    const list = await database.prisma.list.findFirstOrThrow({ include: { items: true } });
    const tags = await tagsShowingList(list.id);
    expect(tags[0]).toBe(`list:${list.id}`);
    expect(tags.slice(1).sort()).toEqual(list.items.map((item) => `film-lists:${item.filmId}`).sort());
    const [item] = list.items;
    expect(await tagsShowingListItem(list.id, item!.id)).toEqual([`list:${list.id}`, `film-lists:${item!.filmId}`]);
  });
});
