// `npm run bench:search`: server time of a search over the synthetic catalogue that
// `npm run bench:data` made (50,000 films, 200,000 people and 100,000 characters at scale 1).
// Runs the app's own search function on a varied set of queries drawn from the catalogue — exact
// titles, misspellings, native titles, aliases, family names, the first letters of a title as
// typed into the suggestions box, and over real (imported) titles: romanised titles typed without
// macrons or spaces, kana in the other script, parts of Japanese titles, Chinese titles — and prints
// the median and 95th percentile of each kind.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openBenchDatabase } from "./catalogue/database.ts";
import { misspell } from "./catalogue/titles.ts";
import { medianAndP95, timeRuns } from "./timing.ts";

const RUNS = 5;
const PER_KIND = 20;
/** The targets (#18): over the real catalogue and the synthetic one at scale 1. */
const TARGET = { median: 20, p95: 50 };
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
  const met = median < TARGET.median && p95 < TARGET.p95;
  console.log(`target: median under ${TARGET.median} ms, p95 under ${TARGET.p95} ms — ${met ? "met" : "NOT met"}`);
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
      "from the issue": [
        "memries",
        "メモリーズ",
        "めもりーず",
        "Katsuhiro Otomo Presents",
        "otomo",
        "shingeki no kyojin",
        "kimetsu",
        "彼女の想いで",
      ],
      ...(await realTitleQueries(sample)),
    };
  } finally {
    await client.end();
  }
}

type Sample = (table: string, expression: string, where?: string) => Promise<string[]>;

function toHiragana(text: string) {
  return text.replace(/[\u30A1-\u30F6]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

function withoutMacrons(text: string) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Two or three characters from inside a title, as someone remembering part of it types them. */
function middleOf(title: string) {
  const chars = [...title];
  const start = Math.floor(chars.length / 3);
  return chars.slice(start, start + (chars.length >= 6 ? 3 : 2)).join("");
}

/** Queries over real titles, as the import brings them (none over a synthetic catalogue alone). */
async function realTitleQueries(sample: Sample): Promise<Record<string, string[]>> {
  const romanised = await sample("Film", `"romanisedTitle"`, `"romanisedTitle" IS NOT NULL`);
  const katakana = await sample("Film", `"nativeTitle"`, `"nativeTitle" ~ '[ァ-ヶ]{3}'`);
  const kanji = await sample("Film", `"nativeTitle"`, `"nativeTitle" ~ '[一-龯]' AND length("nativeTitle") >= 4`);
  const chinese = await sample("Alias", "name", `language IN ('zh-Hans', 'zh-Hant')`);
  const queries: Record<string, string[]> = {
    "romaji, no macrons": romanised.map(withoutMacrons),
    "romaji, no spaces": romanised.map((title) => withoutMacrons(title).replace(/[^\p{L}\p{N}]/gu, "")),
    "kana, other script": katakana.map(toHiragana),
    "part of a Japanese": kanji.map(middleOf),
    "Chinese title": chinese,
    "part of a Chinese": chinese.filter((title) => [...title].length >= 4).map(middleOf),
  };
  return Object.fromEntries(Object.entries(queries).filter(([, list]) => list.length > 0));
}

function ms(value: number): string {
  return `${value.toFixed(1).padStart(7)} ms`;
}
