// `npm run bench:expiry`: what sharing cache expiry between server processes costs a cached page.
// The production build serves the cached film page with KEYFRAME_SHARED_EXPIRY on and off, one
// server at a time, alternating round by round, on a fresh embedded database holding the demo
// catalogue; prints requests/s side by side. Usage: npm run bench:expiry -- [--duration 5] [--rounds 3]
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { seedDatabase } from "../../prisma/seed/index.ts";
import { buildIfStale } from "../lib/build.ts";
import { ensureDatabase, migrate } from "../lib/database.ts";
import { findFreePort, startEmbeddedPostgres } from "../lib/embedded-postgres.ts";
import { ROOT } from "./bench-files.ts";
import { runLoad } from "./http/load.ts";
import { startServer } from "./http/server.ts";

const FILM = "/films/memories";
const CONNECTIONS = 50;

const { values } = parseArgs({
  options: { duration: { type: "string", default: "5" }, rounds: { type: "string", default: "3" } },
});
const duration = Number(values.duration);
const rounds = Number(values.rounds);

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

/** Reads the page's `x-nextjs-cache` every 100 ms beside the load: a server out of step would render instead. */
function sampleCacheHeaders(url: string) {
  const samples: string[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const response = await fetch(url);
      await response.arrayBuffer();
      samples.push(response.headers.get("x-nextjs-cache") ?? "none");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return samples;
    },
  };
}

async function measureOnce(url: string, shared: "on" | "off", logDir: string): Promise<number> {
  const port = await findFreePort();
  const server = await startServer({
    root: ROOT,
    port,
    logFile: path.join(logDir, `next-${shared}.log`),
    env: { DATABASE_URL: url, NEXTAUTH_SECRET: "bench-only-secret", KEYFRAME_SHARED_EXPIRY: shared },
  });
  try {
    // The first answer renders and caches the page; the warm-up lets the JIT settle.
    await fetch(server.origin + FILM);
    await runLoad(
      server.origin,
      { id: "film-cached", title: "warm-up", path: FILM, connections: CONNECTIONS, expectedStatus: 200 },
      2,
    );
    const sampling = sampleCacheHeaders(server.origin + FILM);
    const outcome = await runLoad(
      server.origin,
      { id: "film-cached", title: "film page, cached", path: FILM, connections: CONNECTIONS, expectedStatus: 200 },
      duration,
    );
    const samples = await sampling.stop();
    const hits = samples.filter((value) => value === "HIT").length;
    if (Object.keys(outcome.statuses).some((status) => status !== "200")) {
      throw new Error(`Unexpected answers with sharing ${shared}: ${JSON.stringify(outcome.statuses)}`);
    }
    const perSecond = outcome.latencies.length / outcome.seconds;
    console.log(
      `Sharing ${shared}: ${perSecond.toFixed(0)} requests/s; ${hits} of ${samples.length} samples beside it came from the cache`,
    );
    return perSecond;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  buildIfStale(ROOT);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "keyframe-bench-expiry-"));
  const postgres = await startEmbeddedPostgres({ dataDir });
  try {
    await ensureDatabase(postgres.serverUrl, "keyframe");
    const url = postgres.urlFor("keyframe");
    migrate(url);
    const prisma = createPrismaClient(url);
    await seedDatabase(prisma, { developmentUsers: false });
    await prisma.$disconnect();
    const results: Record<"on" | "off", number[]> = { on: [], off: [] };
    for (let round = 0; round < rounds; round++) {
      // Alternating, so that a machine getting busier or quieter weighs on both alike.
      for (const shared of round % 2 === 0 ? (["on", "off"] as const) : (["off", "on"] as const)) {
        results[shared].push(await measureOnce(url, shared, dataDir));
      }
    }
    const on = median(results.on);
    const off = median(results.off);
    console.log(`\nCached film page (${FILM}), ${CONNECTIONS} connections, ${duration} s × ${rounds} rounds, medians:`);
    console.log(`  expiry shared (the default)  ${on.toFixed(0)} requests/s`);
    console.log(`  expiry not shared            ${off.toFixed(0)} requests/s`);
    console.log(`  shared / not shared          ${(on / off).toFixed(3)} (goal: at least 0.95)`);
  } finally {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
