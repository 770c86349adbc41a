import { beforeAll, describe, expect, it } from "vitest";
import { sitemapChunkDocument, sitemapIndexDocument } from "@/lib/sitemap/documents";
import { getSitemapChunk, getSitemapChunks } from "@/lib/sitemap/queries";
import { installQueryCounter } from "../support/query-counter";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
const site = new URL("https://keyframe.example");
let counter: ReturnType<typeof installQueryCounter>;
const lists: Record<"public" | "unlisted" | "private", number> = {} as never;

beforeAll(async () => {
  counter = installQueryCounter(database.url);
  const owner = await database.prisma.user.findUniqueOrThrow({ where: { username: "editor" } });
  for (const visibility of ["PUBLIC", "UNLISTED", "PRIVATE"] as const) {
    const list = await database.prisma.list.create({
      data: { ownerId: owner.id, title: `A ${visibility.toLowerCase()} list`, visibility },
    });
    lists[visibility.toLowerCase() as keyof typeof lists] = list.id;
  }
});

const paths = async (kind: Parameters<typeof getSitemapChunk>[0], chunk: number, size?: number) =>
  (await getSitemapChunk(kind, chunk, size)).map((page) => page.path);

describe("the sitemap's chunks", () => {
  it("lists the fixed pages and the seasons that have works, then every kind of entry that has rows", async () => {
    const chunks = await getSitemapChunks();
    expect(chunks.map(({ kind, chunk }) => `${kind}/${chunk}`)).toEqual([
      "pages/0",
      "films/0",
      "people/0",
      "studios/0",
      "lists/0",
      "episodes/0",
    ]);
    expect(await paths("pages", 0)).toEqual([
      "/",
      "/about",
      "/films",
      "/franchises",
      "/people",
      "/characters",
      "/studios",
      "/genres",
      "/themes",
      "/seasons",
      "/lists",
      "/recent-changes",
      // The seed's works dated to the day in Japan: Steamboy, Memories, Akira.
      "/seasons/2004/summer",
      "/seasons/1998/summer",
      "/seasons/1995/fall",
      "/seasons/1988/summer",
    ]);
  });

  it("dates each chunk by its newest change", async () => {
    const newest = await database.prisma.film.aggregate({ _max: { updatedAt: true } });
    const films = (await getSitemapChunks()).find((chunk) => chunk.kind === "films");
    expect(films?.lastModified).toEqual(newest._max.updatedAt);
  });

  it("lists every film page with its last change, and no other", async () => {
    const films = await database.prisma.film.findMany({
      orderBy: { id: "asc" },
      select: { slug: true, updatedAt: true },
    });
    expect(await getSitemapChunk("films", 0)).toEqual(
      films.map((film) => ({ path: `/films/${film.slug}`, lastModified: film.updatedAt })),
    );
    expect(await paths("films", 0)).toContain("/films/memories");
  });

  it("lists every episode page of the seeded series", async () => {
    const episodes = await paths("episodes", 0);
    expect(episodes).toContain("/films/serial-experiments-lain/episodes/1");
    expect(episodes).toContain("/films/serial-experiments-lain/episodes/13");
    expect(episodes).toContain("/films/neon-genesis-evangelion/episodes/26");
  });

  it("lists public lists only: never unlisted or private ones", async () => {
    const listed = await paths("lists", 0);
    expect(listed).toContain(`/lists/${lists.public}`);
    expect(listed).not.toContain(`/lists/${lists.unlisted}`);
    expect(listed).not.toContain(`/lists/${lists.private}`);
    const xml = await sitemapChunkDocument("lists", "0.xml", site);
    expect(xml).not.toContain(`/lists/${lists.private}<`);
    expect(xml).not.toContain(`/lists/${lists.unlisted}<`);
  });

  it("does not index a chunk that holds no public list", async () => {
    // Chunks one id wide: the unlisted and the private list each have a chunk of their own.
    const chunks = (await getSitemapChunks(1)).filter((chunk) => chunk.kind === "lists").map((chunk) => chunk.chunk);
    expect(chunks).toContain(lists.public - 1);
    expect(chunks).not.toContain(lists.unlisted - 1);
    expect(chunks).not.toContain(lists.private - 1);
    expect(await getSitemapChunk("lists", lists.private - 1, 1)).toEqual([]);
  });

  it("splits a table into chunks by id ranges that meet without gap or overlap", async () => {
    await database.prisma.genre.createMany({
      data: Array.from({ length: 23 }, (_, index) => ({ slug: `genre-${index}`, name: `Genre ${index}` })),
    });
    const genres = await database.prisma.genre.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true } });
    const first = genres[0]!.id;
    const size = 10;
    const chunks = (await getSitemapChunks(size))
      .filter((chunk) => chunk.kind === "genres")
      .map((chunk) => chunk.chunk);
    expect(chunks).toEqual([...new Set(genres.map((genre) => Math.floor((genre.id - 1) / size)))]);
    const listed = (await Promise.all(chunks.map((chunk) => paths("genres", chunk, size)))).flat();
    expect(listed).toEqual(genres.map((genre) => `/genres/${genre.slug}`));
    // The boundary: id 10·k is the last of chunk k-1 and id 10·k+1 the first of chunk k.
    const boundary = genres.find((genre) => genre.id % size === 0 && genre.id > first)!;
    expect(await paths("genres", boundary.id / size - 1, size)).toContain(`/genres/${boundary.slug}`);
    expect(await paths("genres", boundary.id / size, size)).not.toContain(`/genres/${boundary.slug}`);
    for (const chunk of chunks) expect((await paths("genres", chunk, size)).length).toBeLessThanOrEqual(size);
  });

  it("holds nothing past the last id, even past PostgreSQL's integers", async () => {
    expect(await getSitemapChunk("films", 1)).toEqual([]);
    expect(await getSitemapChunk("films", 50_000)).toEqual([]);
    expect(await getSitemapChunk("pages", 1)).toEqual([]);
  });

  it("reads the index in one query per kind of entry and a chunk in one query", async () => {
    const index = await counter.count(() => getSitemapChunks());
    const chunk = await counter.count(() => getSitemapChunk("people", 0));
    await database.prisma.person.createMany({
      data: Array.from({ length: 300 }, (_, index) => ({ slug: `extra-${index}`, name: `Extra ${index}` })),
    });
    const moreIndex = await counter.count(() => getSitemapChunks());
    const moreChunk = await counter.count(() => getSitemapChunk("people", 0));
    expect(index.queries).toBe(9);
    expect(moreIndex.queries).toBe(index.queries);
    expect(chunk.queries).toBe(1);
    expect(moreChunk.queries).toBe(1);
    expect(moreChunk.result.length).toBe(chunk.result.length + 300);
  });
});

describe("the sitemap documents", () => {
  it("indexes every chunk at the site's address", async () => {
    const xml = await sitemapIndexDocument(site);
    expect(xml).toContain("<sitemapindex");
    expect(xml).toContain("<loc>https://keyframe.example/sitemaps/pages/0.xml</loc>");
    expect(xml).toContain("<loc>https://keyframe.example/sitemaps/films/0.xml</loc><lastmod>");
  });

  it("writes a chunk as a urlset of absolute addresses", async () => {
    const xml = await sitemapChunkDocument("films", "0.xml", site);
    expect(xml).toContain("<urlset");
    expect(xml).toMatch(
      /<url><loc>https:\/\/keyframe\.example\/films\/memories<\/loc><lastmod>[^<]+<\/lastmod><\/url>/,
    );
  });

  it.each([
    ["nothing", "0.xml"],
    ["films", "00.xml"],
    ["films", "-1.xml"],
    ["films", "1.xml"],
    ["films", "0.json"],
    ["films", "0"],
    ["characters", "0.xml"],
  ])("answers null for /sitemaps/%s/%s", async (kind, file) => {
    expect(await sitemapChunkDocument(kind, file, site)).toBeNull();
  });
});
