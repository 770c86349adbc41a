// `npm run bench:browse`: how fast the browse listings answer on a catalogue of the target size
// (50,000 films, 200,000 people, 100,000 characters; BENCH_SCALE=0.1 for a tenth). For each listing
// it prints the median and 95th-percentile time, its queries, and whether each query's plan reads
// a large table without an index. Runs on its own embedded PostgreSQL in a temporary folder.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { ensureDatabase, migrate } from "../lib/database.ts";
import { startEmbeddedPostgres } from "../lib/embedded-postgres.ts";
import { medianAndP95, timeRuns } from "./timing.ts";

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const FILMS = Math.round(50_000 * SCALE);
const PEOPLE = Math.round(200_000 * SCALE);
const CHARACTERS = Math.round(100_000 * SCALE);
const RUNS = 20;
const LARGE_TABLES = ["Film", "Person", "Character", "FilmGenre", "FilmTheme"];

// A first letter spread over A–Z, a few lower-case or non-letter starts, and the rest from md5.
const name = (n: string, salt: number) => `
  CASE WHEN ${n} % 40 = 0 THEN chr(97 + ((${n}::bigint * ${salt}) % 26)::int)
       WHEN ${n} % 45 = 0 THEN ((${n} % 10)::text || ' ')
       ELSE chr(65 + ((${n}::bigint * ${salt}) % 26)::int) END
  || substr(md5(${n}::text || '${salt}'), 1, 7) || ' ' || initcap(substr(md5(${n}::text), 9, 6))`;

async function fill(client: pg.Client) {
  console.log(`Inserting ${FILMS} films, ${PEOPLE} people, ${CHARACTERS} characters…`);
  await client.query(`
    INSERT INTO "Genre" (slug, name) SELECT 'genre-' || n, 'Genre ' || n FROM generate_series(1, 40) n;
    INSERT INTO "Theme" (slug, name) SELECT 'theme-' || n, 'Theme ' || n FROM generate_series(1, 60) n;
    INSERT INTO "Franchise" (slug, name) SELECT 'franchise-' || n, 'Franchise ' || n FROM generate_series(1, 2000) n;
    INSERT INTO "Film" (slug, title, "nativeTitle", deck, format, year, "franchiseId", "createdAt", "updatedAt")
    SELECT 'bench-film-' || n, ${name("n", 7919)}, NULL, 'A film made for the benchmark.',
           (ARRAY['FILM','TV','OVA','ONA','SPECIAL'])[1 + n % 5]::"FilmFormat",
           CASE WHEN n % 33 = 0 THEN NULL ELSE 1960 + (n * 31) % 66 END,
           CASE WHEN n % 10 = 0 THEN 1 + (n / 10) % 2000 END,
           now() - (n || ' minutes')::interval, now()
    FROM generate_series(1, ${FILMS}) n;
    INSERT INTO "FilmGenre" ("filmId", "genreId")
    SELECT id, 1 + (id * k) % 40 FROM "Film", unnest(ARRAY[1, 7, 13]) k WHERE k = 1 OR id % k < 3
    ON CONFLICT DO NOTHING;
    -- One genre as common as comedy is: two films in five.
    INSERT INTO "FilmGenre" ("filmId", "genreId") SELECT id, 1 FROM "Film" WHERE id % 5 < 2 ON CONFLICT DO NOTHING;
    INSERT INTO "FilmTheme" ("filmId", "themeId")
    SELECT id, 1 + (id * k) % 60 FROM "Film", unnest(ARRAY[1, 11]) k ON CONFLICT DO NOTHING;
    INSERT INTO "Person" (slug, name, deck, "updatedAt")
    SELECT 'bench-person-' || n, ${name("n", 104729)}, 'A person made for the benchmark.', now()
    FROM generate_series(1, ${PEOPLE}) n;
    INSERT INTO "Character" (slug, name, deck, "updatedAt")
    SELECT 'bench-character-' || n, ${name("n", 1299709)}, 'A character made for the benchmark.', now()
    FROM generate_series(1, ${CHARACTERS}) n;
  `);
  // What autovacuum does for a live database: statistics, and the visibility map index-only scans need.
  await client.query("VACUUM ANALYZE");
}

type Captured = { query: string; params: unknown[] };

const dataDir = await mkdtemp(path.join(os.tmpdir(), "keyframe-bench-browse-"));
const server = await startEmbeddedPostgres({ dataDir });
try {
  await ensureDatabase(server.serverUrl, "bench");
  const url = server.urlFor("bench");
  migrate(url);
  const client = new pg.Client(url);
  // Stopping the server at the end ends this connection; that is no error.
  client.on("error", () => {});
  await client.connect();
  await fill(client);

  // The app's own query code, on a client that records what it sends.
  const captured: Captured[] = [];
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  prisma.$on("query", (event) => captured.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
  (globalThis as { prisma?: unknown }).prisma = prisma;
  process.env.DATABASE_URL = url;
  const { browseFilms } = await import("../../lib/browse/film-queries.ts");
  const { browsePeople, browseCharacters } = await import("../../lib/browse/name-queries.ts");
  const { getGenreIndex, getThemeIndex, browseFranchises } = await import("../../lib/browse/tag-queries.ts");
  const { MAX_PAGE } = await import("../../lib/browse/schema.ts");
  const lastDated = Math.ceil((FILMS - Math.floor(FILMS / 33)) / 50);

  const cases: [string, () => Promise<unknown>][] = [
    ["films, title, page 1", () => browseFilms({}, "title", 1)],
    ["films, title, page 500", () => browseFilms({}, "title", 500)],
    [`films, title, page ${MAX_PAGE}`, () => browseFilms({}, "title", MAX_PAGE)],
    ["films, newest, page 1", () => browseFilms({}, "newest", 1)],
    [`films, newest, page ${lastDated}`, () => browseFilms({}, "newest", lastDated)],
    ["films, oldest, page 1", () => browseFilms({}, "oldest", 1)],
    ["films, added, page 1", () => browseFilms({}, "added", 1)],
    ["films, letter K", () => browseFilms({ letter: "K" }, "title", 1)],
    ["films, letter K, page 10", () => browseFilms({ letter: "K" }, "title", 10)],
    ["films, letter #", () => browseFilms({ letter: "#" }, "title", 1)],
    ["films, format OVA", () => browseFilms({ format: "OVA" }, "title", 1)],
    ["films, format OVA, letter K", () => browseFilms({ format: "OVA", letter: "K" }, "title", 1)],
    ["films, year 1995", () => browseFilms({ year: 1995 }, "title", 1)],
    ["films, 1990s, newest", () => browseFilms({ decade: 1990 }, "newest", 1)],
    ["films, small genre", () => browseFilms({ genreId: 2 }, "title", 1)],
    ["films, big genre", () => browseFilms({ genreId: 1 }, "title", 1)],
    ["films, big genre, newest", () => browseFilms({ genreId: 1 }, "newest", 1)],
    ["films, big genre, page 100", () => browseFilms({ genreId: 1 }, "title", 100)],
    ["films, big genre + theme + OVA", () => browseFilms({ genreId: 1, themeId: 3, format: "OVA" }, "title", 1)],
    ["films, a franchise", () => browseFilms({ franchiseId: 5 }, "oldest", 1)],
    ["genre index", () => getGenreIndex()],
    ["theme index", () => getThemeIndex()],
    ["franchises, page 1", () => browseFranchises(1)],
    ["people, page 1", () => browsePeople({ sort: "name", page: 1 })],
    [`people, page ${MAX_PAGE}`, () => browsePeople({ sort: "name", page: MAX_PAGE })],
    ["people, Z–A", () => browsePeople({ sort: "name-desc", page: 1 })],
    ["people, letter K", () => browsePeople({ letter: "K", sort: "name", page: 1 })],
    ["characters, letter #", () => browseCharacters({ letter: "#", sort: "name", page: 1 })],
  ];

  console.log(
    `\n${"listing".padEnd(32)} ${"median ms".padStart(10)} ${"p95 ms".padStart(8)}  queries  unindexed scans`,
  );
  const unindexed: string[] = [];
  const plans: string[] = [];
  for (const [label, run] of cases) {
    captured.length = 0;
    await run();
    const queries = [...captured];
    const scans: string[] = [];
    for (const { query, params } of queries) {
      const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query}`, params);
      const lines = plan.rows.map((row) => row["QUERY PLAN"]);
      // A count reads its whole filtered set however it is done; only row queries must keep to ranges.
      const unindexedTables = query.startsWith("SELECT COUNT")
        ? []
        : lines.flatMap((line) => {
            const table = /Seq Scan on "(\w+)"/.exec(line)?.[1];
            return table && LARGE_TABLES.includes(table) ? [table] : [];
          });
      scans.push(...unindexedTables);
      const described = `${label}:\n  ${query}\n  ${lines.join("\n  ")}`;
      if (unindexedTables.length > 0) unindexed.push(described);
      else if (process.env.BENCH_PLANS) plans.push(described);
    }
    const { median, p95 } = medianAndP95(await timeRuns(run, RUNS));
    console.log(
      `${label.padEnd(32)} ${median.toFixed(2).padStart(10)} ${p95.toFixed(2).padStart(8)}  ${String(queries.length).padStart(7)}  ${scans.join(", ") || "none"}`,
    );
  }
  if (plans.length > 0) console.log(`\nPlans:\n\n${plans.join("\n\n")}`);
  if (unindexed.length > 0)
    console.log(`\nPlans that read a large table without an index:\n\n${unindexed.join("\n\n")}`);
  await prisma.$disconnect();
  await client.end();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
