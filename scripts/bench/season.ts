// `npm run bench:season`: the season chart's database read (lib/seasons/queries.ts) over the
// benchmark catalogue (`npm run bench:data`, plus whatever real catalogue it holds), for the
// fullest seasons: median and 95th percentile, the works per season, the statements it sends and
// its plan. The whole page, rendered, is the `season-uncached` case of `npm run bench`.
import { existsSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import type { Season } from "../../lib/seasons/season.ts";
import { openBenchDatabase } from "./catalogue/database.ts";
import { medianAndP95, timeRuns } from "./timing.ts";

const RUNS = 5;
const SEASONS = 20;
const dataDir = path.resolve(import.meta.dirname, "../../.data/bench");
const ms = (value: number) => `${value.toFixed(2).padStart(8)} ms`;

if (!process.env.BENCH_DATABASE_URL && !existsSync(path.join(dataDir, "postgres", "PG_VERSION"))) {
  console.error("No benchmark catalogue yet: run `npm run bench:data -- --scale 1` first.");
  process.exit(1);
}

const database = await openBenchDatabase(dataDir);
try {
  const captured: { query: string; params: unknown[] }[] = [];
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url }),
    log: [{ emit: "event", level: "query" }],
  });
  prisma.$on("query", (event) => captured.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
  (globalThis as { prisma?: unknown }).prisma = prisma;
  process.env.DATABASE_URL = database.url;
  const { getSeasonChart } = await import("../../lib/seasons/queries.ts");

  const seasons = await prisma.$queryRaw<{ year: number; season: Season; works: bigint }[]>`
    SELECT "seasonYear" AS year, season, count(*) AS works FROM "Film" WHERE season IS NOT NULL
    GROUP BY "seasonYear", season ORDER BY count(*) DESC LIMIT ${SEASONS}`;
  console.log(`The ${seasons.length} fullest seasons (${database.description}):\n`);
  console.log("season         works   median        p95  statements");
  const all: number[] = [];
  for (const { year, season, works } of seasons) {
    captured.length = 0;
    await getSeasonChart(year, season);
    const statements = captured.length;
    const times = await timeRuns(() => getSeasonChart(year, season), RUNS);
    all.push(...times);
    const { median, p95 } = medianAndP95(times);
    console.log(
      `${`${year} ${season}`.padEnd(14)} ${String(works).padStart(5)} ${ms(median)} ${ms(p95)}  ${statements}`,
    );
  }
  const { median, p95 } = medianAndP95(all);
  console.log(`\nall            ${String(all.length).padStart(5)} ${ms(median)} ${ms(p95)}`);
  const [fullest] = seasons;
  if (fullest && process.env.BENCH_PLANS) {
    captured.length = 0;
    await getSeasonChart(fullest.year, fullest.season);
    for (const { query, params } of [...captured]) {
      const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ANALYZE ${query}`, ...params);
      console.log(`\n${query}\n  ${plan.map((row) => row["QUERY PLAN"]).join("\n  ")}`);
    }
  }
  await prisma.$disconnect();
} finally {
  await database.close();
}
