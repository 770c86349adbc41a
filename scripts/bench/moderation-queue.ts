// `npm run bench:queue`: how fast the moderation queue pages through 100,000 pending submissions.
// Prints the median and 95th-percentile time of each page, and the plan of the last page.
// Runs on its own embedded PostgreSQL in a temporary folder; nothing is kept.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { seedDatabase } from "../../prisma/seed/index.ts";
import { ensureDatabase, migrate } from "../lib/database.ts";
import { startEmbeddedPostgres } from "../lib/embedded-postgres.ts";
import { medianAndP95, timeRuns } from "./timing.ts";

const PENDING = Number(process.env.BENCH_PENDING ?? 100_000);
const RUNS = 30;

const dataDir = await mkdtemp(path.join(os.tmpdir(), "keyframe-bench-"));
const server = await startEmbeddedPostgres({ dataDir });
try {
  await ensureDatabase(server.serverUrl, "bench");
  const url = server.urlFor("bench");
  migrate(url);
  const prisma = createPrismaClient(url);
  await seedDatabase(prisma, { developmentUsers: true });
  console.log(`Inserting ${PENDING.toLocaleString("en-US")} pending submissions…`);
  await prisma.$executeRaw`
    INSERT INTO "Submission" ("entityType", "entityId", "filmId", section, changes, "authorId", summary, "createdAt", "updatedAt")
    SELECT 'FILM', f.id, f.id, CASE WHEN n % 2 = 0 THEN 'description' ELSE 'general' END,
           '{"deck": {"before": "a", "after": "b"}}'::jsonb, u.id, 'Bench edit ' || n,
           now() - (n || ' seconds')::interval, now()
    FROM generate_series(1, ${PENDING}) AS n
    JOIN LATERAL (SELECT id FROM "Film" ORDER BY id OFFSET (n % 14) LIMIT 1) f ON true
    JOIN LATERAL (SELECT id FROM "User" WHERE username = 'editor') u ON true`;
  await prisma.$executeRaw`ANALYZE "Submission"`;
  await prisma.$disconnect();

  // The app's own query code, pointed at the bench database.
  process.env.DATABASE_URL = url;
  const { getModerationQueue, encodeCursor } = await import("../../lib/submissions/queries.ts");
  const { db } = await import("../../lib/db.ts");
  const first = await getModerationQueue({}, { direction: "first" });
  const middle = await db.submission.findFirstOrThrow({
    where: { status: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: Math.floor(PENDING / 2),
  });
  const akira = await db.film.findUniqueOrThrow({ where: { slug: "akira" } });

  const cases: [string, () => Promise<unknown>][] = [
    ["first page", () => getModerationQueue({}, { direction: "first" })],
    ["next page", () => getModerationQueue({}, { direction: "after", cursor: decode(first.next) })],
    ["a page in the middle", () => getModerationQueue({}, { direction: "after", cursor: middle })],
    ["last page", () => getModerationQueue({}, { direction: "last" })],
    ["first page, one section", () => getModerationQueue({ section: "general" }, { direction: "first" })],
    ["last page, one section", () => getModerationQueue({ section: "general" }, { direction: "last" })],
    ["first page, one film", () => getModerationQueue({ filmId: akira.id }, { direction: "first" })],
    ["last page, one film", () => getModerationQueue({ filmId: akira.id }, { direction: "last" })],
  ];
  function decode(cursor: string | null) {
    const [time, id] = (cursor ?? encodeCursor(middle)).split("_");
    return { createdAt: new Date(Number(time)), id: Number(id) };
  }

  console.log(`\n${"page".padEnd(26)} ${"median ms".padStart(10)} ${"p95 ms".padStart(8)}`);
  for (const [name, run] of cases) {
    await run();
    const { median, p95 } = medianAndP95(await timeRuns(run, RUNS));
    console.log(`${name.padEnd(26)} ${median.toFixed(2).padStart(10)} ${p95.toFixed(2).padStart(8)}`);
  }

  const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN SELECT id FROM "Submission" WHERE status = 'PENDING' ORDER BY "createdAt" DESC, id DESC LIMIT 26`,
  );
  console.log(`\nPlan of the last page:\n${plan.map((row) => `  ${row["QUERY PLAN"]}`).join("\n")}`);
  await db.$disconnect();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
