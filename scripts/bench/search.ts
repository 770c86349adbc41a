// `npm run bench:search`: server time of a search over the synthetic catalogue that
// `npm run bench:data` made (50,000 films, 200,000 people and 100,000 characters at scale 1).
// Runs the app's own search function on a varied set of queries drawn from the catalogue — exact
// titles, misspellings, native titles, aliases, family names, the first letters of a title as
// typed into the suggestions box — and prints the median and 95th percentile of each kind.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openBenchDatabase } from "./catalogue/database.ts";
import { misspell } from "./catalogue/titles.ts";
import { medianAndP95, timeRuns } from "./timing.ts";

const RUNS = 5;
const PER_KIND = 20;
const TARGET_MS = 50;
const dataDir = path.resolve(import.meta.dirname, "../../.data/bench");

if (!process.env.BENCH_DATABASE_URL && !existsSync(path.join(dataDir, "postgres", "PG_VERSION"))) {
  console.error("No benchmark catalogue yet: run `npm run bench:data -- --scale 1` first.");
  process.exit(1);
}

const database = await openBenchDatabase(dataDir);
try {
  const queries = await drawQueries(database.url);
  process.env.DATABASE_URL = database.url;
  const { searchCatalogue } = await import("../../lib/search/queries.ts");
  const { db } = await import("../../lib/db.ts");
  const counts = await db.searchName.count();
  console.log(`Search over ${counts.toLocaleString("en-US")} names (${database.description}).\n`);

  const timings = new Map<string, number[]>();
  for (const [kind, list] of Object.entries(queries)) {
    const times: number[] = [];
    for (const query of list) {
      await searchCatalogue(query); // warm: the first run of a query pays for its pages of the index
      times.push(...(await timeRuns(() => searchCatalogue(query), RUNS)));
    }
    timings.set(kind, times);
  }
  const suggestions: number[] = [];
  for (const query of queries["as typed"] ?? []) {
    suggestions.push(...(await timeRuns(() => searchCatalogue(query, { pageSize: 8 }), 1)));
  }
  timings.set("suggestions (8)", suggestions);

  console.log("kind                 queries   median      p95");
  for (const [kind, times] of timings) {
    const { median, p95 } = medianAndP95(times);
    console.log(`${kind.padEnd(20)} ${String(times.length).padStart(7)} ${ms(median)} ${ms(p95)}`);
  }
  const all = [...timings.values()].flat();
  const { median, p95 } = medianAndP95(all);
  console.log(`\nall                  ${String(all.length).padStart(7)} ${ms(median)} ${ms(p95)}`);
  console.log(`target: median under ${TARGET_MS} ms — ${median < TARGET_MS ? "met" : "NOT met"}`);
  await db.$disconnect();
} finally {
  await database.close();
}

/** Queries of each kind, drawn the same way every run. */
async function drawQueries(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const column = async (sql: string) => (await client.query<{ value: string }>(sql)).rows.map((row) => row.value);
  const sample = (table: string, expression: string, where = "true") =>
    column(`SELECT ${expression} AS value FROM "${table}" WHERE ${where} ORDER BY md5(id::text) LIMIT ${PER_KIND}`);
  try {
    const titles = await sample("Film", "title");
    return {
      "exact title": titles,
      misspelled: titles.map(misspell),
      "native title": await sample("Film", `"nativeTitle"`, `"nativeTitle" IS NOT NULL`),
      alias: await sample("Alias", "name"),
      "family name": await sample("Person", "split_part(name, ' ', 2)", "name LIKE '% %'"),
      "character name": await sample("Character", "name"),
      "as typed": titles.map((title) => title.slice(0, 4)),
      "from the issue": ["memries", "メモリーズ", "Katsuhiro Otomo Presents", "otomo"],
    };
  } finally {
    await client.end();
  }
}

function ms(value: number): string {
  return `${value.toFixed(1).padStart(7)} ms`;
}
