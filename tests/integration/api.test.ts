import { beforeAll, describe, expect, it } from "vitest";
import { getCharacterJson, getFilmJson, getPersonJson } from "@/lib/api/entries";
import { installQueryCounter } from "../support/query-counter";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
let counter: ReturnType<typeof installQueryCounter>;

beforeAll(() => {
  counter = installQueryCounter(database.url);
});

/** Every key anywhere in a JSON value, to prove no database id leaks. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  }
  return [];
}

describe("getFilmJson", () => {
  it("gives the seeded Memories in the documented shape", async () => {
    const film = await getFilmJson("memories");
    expect(film).toMatchObject({
      slug: "memories",
      url: "http://localhost:3000/films/memories",
      title: "Memories",
      nativeTitle: "MEMORIES",
      romanisedTitle: null,
      romanisedByMachine: false,
      format: "film",
      contentRating: "R",
      runtimeMinutes: 115,
      year: 1995,
      poster: null,
      franchise: null,
      releases: [
        { region: "US", title: "Memories", date: "2004-02-24", datePrecision: "day" },
        { region: "JP", title: "メモリーズ", date: "1995-12-23", datePrecision: "day" },
      ],
      aliases: ["Katsuhiro Otomo Presents: Memories", "Magnetic Rose", "Cannon Fodder", "Stink bomb"],
      titles: [
        { title: "Katsuhiro Otomo Presents: Memories", language: "en", kind: "synonym" },
        { title: "Magnetic Rose", language: "en", kind: "synonym" },
        { title: "Cannon Fodder", language: "en", kind: "synonym" },
        { title: "Stink bomb", language: "en", kind: "synonym" },
      ],
      characters: [],
    });
    expect(film?.description).toContain("[[film:robot-carnival|Robot Carnival]]");
    expect(film?.segments.map((segment) => segment.title)).toEqual(["Magnetic Rose", "Stink Bomb", "Cannon Fodder"]);
    expect(film?.credits).toHaveLength(11);
    expect(film?.credits[8]).toEqual({
      person: { slug: "yoko-kanno", name: "Yoko Kanno" },
      role: "Music",
      segment: "Magnetic Rose",
      episode: null,
      note: 'Did the Soundtrack to the Magnetic Rose Segment and the ending theme "In yer Memory".',
    });
    expect(Date.parse(film?.updatedAt ?? "")).not.toBeNaN();
    expect(keysOf(film)).not.toContain("id");
  });

  it("answers null for an unknown slug", async () => {
    expect(await getFilmJson("no-such-film")).toBeNull();
  });

  it("gives characters with their voice actors, terms and related films", async () => {
    const akira = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" } });
    const otomo = await database.prisma.person.findUniqueOrThrow({ where: { slug: "katsuhiro-otomo" } });
    const kaneda = await database.prisma.character.create({
      data: { slug: "kaneda", name: "Shotaro Kaneda", nativeName: "金田正太郎" },
    });
    await database.prisma.characterAppearance.create({
      data: {
        characterId: kaneda.id,
        filmId: akira.id,
        prominence: "MAIN",
        position: 1,
        voiceCredits: { create: [{ personId: otomo.id, language: "ja", note: "Imagined for this test." }] },
      },
    });
    const genre = await database.prisma.genre.create({ data: { slug: "cyberpunk", name: "Cyberpunk" } });
    await database.prisma.filmGenre.create({ data: { filmId: akira.id, genreId: genre.id } });
    const franchise = await database.prisma.franchise.create({ data: { slug: "akira", name: "Akira" } });
    await database.prisma.film.update({ where: { id: akira.id }, data: { franchiseId: franchise.id } });
    const roujinZ = await database.prisma.film.findUniqueOrThrow({ where: { slug: "roujin-z" } });
    await database.prisma.filmRelation.create({
      data: { fromFilmId: roujinZ.id, toFilmId: akira.id, kind: "SIMILAR" },
    });

    const film = await getFilmJson("akira");
    expect(film?.characters).toEqual([
      {
        character: { slug: "kaneda", name: "Shotaro Kaneda" },
        prominence: "main",
        segment: null,
        episode: null,
        voiceActors: [
          {
            person: { slug: "katsuhiro-otomo", name: "Katsuhiro Otomo" },
            language: "ja",
            note: "Imagined for this test.",
          },
        ],
      },
    ]);
    expect(film?.genres).toEqual([{ slug: "cyberpunk", name: "Cyberpunk" }]);
    expect(film?.franchise).toEqual({ slug: "akira", name: "Akira" });
    expect(film?.relatedFilms).toEqual([
      { kind: "similar", film: { slug: "roujin-z", title: "Roujin Z", year: 1991 } },
    ]);

    const character = await getCharacterJson("kaneda");
    expect(character).toMatchObject({
      slug: "kaneda",
      url: "http://localhost:3000/characters/kaneda",
      name: "Shotaro Kaneda",
      nativeName: "金田正太郎",
      appearances: [
        {
          film: { slug: "akira", title: "Akira", year: 1988 },
          segment: null,
          prominence: "main",
          voiceActors: [{ person: { slug: "katsuhiro-otomo" }, language: "ja" }],
        },
      ],
    });
    const person = await getPersonJson("katsuhiro-otomo");
    expect(person?.voiceRoles).toEqual([
      {
        film: { slug: "akira", title: "Akira", year: 1988 },
        character: { slug: "kaneda", name: "Shotaro Kaneda" },
        language: "ja",
        note: "Imagined for this test.",
      },
    ]);
  });

  it("makes the same number of queries whatever the number of credits", async () => {
    const few = await counter.count(() => getFilmJson("steamboy"));
    const steamboy = await database.prisma.film.findUniqueOrThrow({ where: { slug: "steamboy" } });
    const role = await database.prisma.creditRole.findFirstOrThrow();
    await database.prisma.person.createMany({
      data: Array.from({ length: 40 }, (_, index) => ({ slug: `inbetweener-${index}`, name: `Inbetweener ${index}` })),
    });
    const people = await database.prisma.person.findMany({ where: { slug: { startsWith: "inbetweener-" } } });
    await database.prisma.credit.createMany({
      data: people.map((person, index) => ({
        filmId: steamboy.id,
        personId: person.id,
        roleId: role.id,
        position: 100 + index,
      })),
    });
    const many = await counter.count(() => getFilmJson("steamboy"));
    expect(many.result?.credits.length).toBeGreaterThanOrEqual(40);
    expect(many.queries).toBe(few.queries);
  });
});

describe("getPersonJson", () => {
  it("gives a person's credits with film slugs and titles", async () => {
    const person = await getPersonJson("yoko-kanno");
    expect(person).toMatchObject({
      slug: "yoko-kanno",
      url: "http://localhost:3000/people/yoko-kanno",
      name: "Yoko Kanno",
      voiceRoles: [],
    });
    expect(person?.credits).toContainEqual({
      film: { slug: "memories", title: "Memories", year: 1995 },
      role: "Music",
      segment: "Magnetic Rose",
      episode: null,
      note: 'Did the Soundtrack to the Magnetic Rose Segment and the ending theme "In yer Memory".',
    });
    expect(keysOf(person)).not.toContain("id");
  });

  it("answers null for an unknown slug", async () => {
    expect(await getPersonJson("nobody-at-all")).toBeNull();
    expect(await getCharacterJson("nobody-at-all")).toBeNull();
  });

  it("makes the same number of queries whatever the number of credits", async () => {
    const few = await counter.count(() => getPersonJson("masahiro-ando"));
    const ando = await database.prisma.person.findUniqueOrThrow({ where: { slug: "masahiro-ando" } });
    const films = await database.prisma.film.findMany({ where: { NOT: { slug: "memories" } } });
    const role = await database.prisma.creditRole.findFirstOrThrow({ where: { name: "Key Animator" } });
    await database.prisma.credit.createMany({
      data: films.map((film, index) => ({
        filmId: film.id,
        personId: ando.id,
        roleId: role.id,
        position: 200 + index,
      })),
    });
    const many = await counter.count(() => getPersonJson("masahiro-ando"));
    expect(many.result?.credits.length).toBe(films.length + (few.result?.credits.length ?? 0));
    expect(many.queries).toBe(few.queries);
  });
});
