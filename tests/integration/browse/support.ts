import pg from "pg";
import type { PrismaClient } from "../../../lib/prisma-client";
import type { CapturedQuery } from "../../support/query-counter";

type FilmFacts = {
  title: string;
  year: number | null;
  format: "FILM" | "TV" | "OVA";
  genres?: string[];
  themes?: string[];
};

/**
 * A small catalogue whose titles test the A–Z edges: lower-case starts, digits, punctuation,
 * letters beyond ASCII, films of unknown year. Added one minute apart in this order.
 */
export const FILMS: FilmFacts[] = [
  { title: "Akira", year: 1988, format: "FILM", genres: ["Science fiction"], themes: ["Cyberpunk"] },
  { title: "Appleseed", year: 2004, format: "FILM", genres: ["Science fiction"], themes: ["Cyberpunk"] },
  { title: "Appleseed OVA", year: 1988, format: "OVA", genres: ["Science fiction"] },
  { title: "Angel's Egg", year: 1985, format: "OVA", genres: ["Drama"] },
  { title: "xxxHOLiC", year: 2006, format: "TV" },
  { title: "X", year: 1996, format: "FILM" },
  { title: "009 Re:Cyborg", year: 2012, format: "FILM", genres: ["Science fiction"] },
  { title: ".hack//Sign", year: 2002, format: "TV" },
  { title: "Ōkami-san", year: 2010, format: "TV" },
  { title: "Memories", year: 1995, format: "FILM", genres: ["Science fiction", "Drama"] },
  { title: "Mind Game", year: 2004, format: "FILM", genres: ["Drama"] },
  { title: "Mononoke", year: null, format: "TV" },
  { title: "Metropolis", year: 2001, format: "FILM", genres: ["Science fiction"], themes: ["Cyberpunk"] },
  { title: "Robot Carnival", year: 1987, format: "OVA", genres: ["Science fiction"] },
  { title: "Zeta", year: 1985, format: "TV" },
  { title: "An Unknown OVA", year: null, format: "OVA", genres: ["Science fiction"] },
];

const slug = (text: string) =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Inserts the catalogue into an empty database; the Appleseed films form a franchise. */
export async function insertCatalogue(prisma: PrismaClient) {
  const start = Date.UTC(2026, 0, 1);
  const franchise = await prisma.franchise.create({
    data: { slug: "appleseed", name: "Appleseed", description: "Masamune Shirow's future city." },
  });
  for (const [index, film] of FILMS.entries()) {
    await prisma.film.create({
      data: {
        slug: slug(film.title),
        title: film.title,
        year: film.year,
        format: film.format,
        deck: `The deck of ${film.title}.`,
        createdAt: new Date(start + index * 60_000),
        franchiseId: film.title.startsWith("Appleseed") ? franchise.id : null,
        genres: {
          create: (film.genres ?? []).map((name) => ({
            genre: { connectOrCreate: { where: { name }, create: { name, slug: slug(name) } } },
          })),
        },
        themes: {
          create: (film.themes ?? []).map((name) => ({
            theme: { connectOrCreate: { where: { name }, create: { name, slug: slug(name) } } },
          })),
        },
      },
    });
  }
}

/** Byte order, which is PostgreSQL's C collation and JavaScript's for these titles. */
export const byTitle = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The queries whose plans read Film, Person or Character (or their tag tables) without an index
 * even when the planner is told to avoid that: on a small table a scan is cheapest, so only
 * `enable_seqscan = off` shows whether an index could answer the query at all. Counts are left
 * out: they read their whole filtered set whichever way.
 */
export async function queriesWithoutIndex(url: string, queries: CapturedQuery[]): Promise<string[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query("SET enable_seqscan = off");
    const found: string[] = [];
    for (const { query, params } of queries) {
      if (query.startsWith("SELECT COUNT")) continue;
      const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query}`, params);
      const text = plan.rows.map((row) => row["QUERY PLAN"]).join("\n");
      if (/Seq Scan on "(Film|Person|Character|FilmGenre|FilmTheme)"/.test(text)) found.push(`${query}\n${text}`);
    }
    return found;
  } finally {
    await client.end();
  }
}
