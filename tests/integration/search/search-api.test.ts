import { beforeAll, describe, expect, it } from "vitest";
import { getSearchJson } from "@/lib/api/entries";
import { SearchApiQuerySchema } from "@/lib/search/schema";
import { installQueryCounter } from "../../support/query-counter";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();
let counter: ReturnType<typeof installQueryCounter>;

const search = (query: Record<string, string>) => getSearchJson(SearchApiQuerySchema.parse(query));

/** Two people called Kei Tanaka: a director of three films, one of them on a list, and a voice actor of one. */
beforeAll(async () => {
  counter = installQueryCounter(database.url);
  const { prisma } = database;
  const director = await prisma.creditRole.findFirstOrThrow({ select: { id: true } });
  const films = await prisma.film.createManyAndReturn({
    data: [
      { slug: "paper-lantern", title: "Paper Lantern", year: 1990 },
      { slug: "night-ferry", title: "Night Ferry", year: 2001, format: "TV" },
      { slug: "salt-road", title: "Salt Road", year: 1996 },
      { slug: "glass-harbour", title: "Glass Harbour", year: 2012 },
    ],
    select: { id: true, slug: true },
  });
  const film = (slug: string) => films.find((found) => found.slug === slug)!.id;
  const [kei, keiToo] = await prisma.person.createManyAndReturn({
    data: [
      { slug: "kei-tanaka", name: "Kei Tanaka", nativeName: "田中 敬" },
      { slug: "kei-tanaka-2", name: "Kei Tanaka" },
    ],
    select: { id: true },
  });
  await prisma.credit.createMany({
    data: ["paper-lantern", "night-ferry", "salt-road"].map((slug) => ({
      filmId: film(slug),
      personId: kei!.id,
      roleId: director.id,
      position: 1,
    })),
  });
  const owner = await prisma.user.findFirstOrThrow({ select: { id: true } });
  await prisma.list.create({
    data: { ownerId: owner.id, title: "Ferries", items: { create: { filmId: film("salt-road"), position: 1 } } },
  });
  const ferryman = await prisma.character.create({ data: { slug: "the-ferryman", name: "The Ferryman" } });
  const appearance = await prisma.characterAppearance.create({
    data: { characterId: ferryman.id, filmId: film("glass-harbour"), position: 1 },
  });
  await prisma.voiceCredit.create({ data: { appearanceId: appearance.id, personId: keiToo!.id, language: "ja" } });
});

describe("GET /api/v1/search for a picker", () => {
  it("finds only the kind asked for, as many as asked", async () => {
    const people = await search({ q: "kei tanaka", type: "people", limit: "1" });
    expect(people.results).toHaveLength(1);
    expect(people.totals.people).toBe(2);
    expect(people.pageCount).toBe(2);
    const characters = await search({ q: "ferry", type: "characters" });
    expect(characters.results.map((result) => result.type)).toEqual(["character"]);
    const films = await search({ q: "ferry", type: "films" });
    expect(films.results.map((result) => result.slug)).toEqual(["night-ferry"]);
  });

  it("tells namesakes apart by their years and works, the works most lists hold first", async () => {
    const { results } = await search({ q: "Kei Tanaka", type: "people", limit: "8" });
    const bySlug = Object.fromEntries(results.map((result) => [result.slug, result]));
    expect(bySlug["kei-tanaka"]).toMatchObject({
      type: "person",
      nativeName: "田中 敬",
      activeYears: { from: 1990, to: 2001 },
      workCount: 3,
      works: [
        { slug: "salt-road", title: "Salt Road", year: 1996 },
        { slug: "night-ferry", title: "Night Ferry", year: 2001 },
        { slug: "paper-lantern", title: "Paper Lantern", year: 1990 },
      ],
      year: null,
      format: null,
    });
    // Voicing a character counts as a work.
    expect(bySlug["kei-tanaka-2"]).toMatchObject({
      activeYears: { from: 2012, to: 2012 },
      workCount: 1,
      works: [{ slug: "glass-harbour", title: "Glass Harbour", year: 2012 }],
    });
  });

  it("gives a character's works, and a film's year and format without works", async () => {
    const [ferryman] = (await search({ q: "the ferryman", type: "characters" })).results;
    expect(ferryman).toMatchObject({
      slug: "the-ferryman",
      activeYears: null,
      workCount: 1,
      works: [{ slug: "glass-harbour", title: "Glass Harbour", year: 2012 }],
    });
    const [ferry] = (await search({ q: "night ferry", type: "films" })).results;
    expect(ferry).toMatchObject({ slug: "night-ferry", year: 2001, format: "tv", works: null, workCount: null });
  });

  it("gives someone with no works an empty list rather than nothing", async () => {
    await database.prisma.person.create({ data: { slug: "unseen-inbetweener", name: "Unseen Inbetweener" } });
    const [unseen] = (await search({ q: "unseen inbetweener", type: "people" })).results;
    expect(unseen).toMatchObject({ works: [], workCount: 0, activeYears: null });
  });

  it("reads each kind's works with its entries, in the same number of queries however many match", async () => {
    await database.prisma.person.createMany({
      data: Array.from({ length: 12 }, (_, index) => ({
        slug: `key-animator-${index}`,
        name: `Key Animator ${index}`,
      })),
    });
    const one = await counter.count(() => search({ q: "key animator", type: "people", limit: "1" }));
    const many = await counter.count(() => search({ q: "key animator", type: "people", limit: "12" }));
    expect(many.result.results).toHaveLength(12);
    expect(many.queries).toBe(one.queries);
    expect(many.queries).toBeLessThanOrEqual(2);
  });
});
