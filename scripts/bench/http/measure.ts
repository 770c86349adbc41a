import type pg from "pg";
import { buildCase, type CaseContext } from "./cases";
import { runLoad, type LoadCase } from "./load";
import type { MemorySampler } from "./memory";
import { READER, WARM_UP_REQUESTS } from "./prepare";
import type { MeasuredCase } from "./result";
import { soakVerdict, summariseLatencies } from "./stats";

/** A few requests before measuring (they render and cache what the case reads); the last one's cache header. */
async function warmUp(origin: string, loadCase: LoadCase, times: number): Promise<string | null> {
  let cache: string | null = null;
  for (let index = 0; index < times; index += 1) {
    const response = await fetch(`${origin}${loadCase.nextPath?.() ?? loadCase.path}`, {
      method: loadCase.method ?? "GET",
      headers: loadCase.headers,
      body: loadCase.body && new Uint8Array(loadCase.body),
      redirect: "manual",
    });
    await response.arrayBuffer();
    if (response.status !== loadCase.expectedStatus) {
      console.warn(`  warning: ${loadCase.title} answered ${response.status} while warming up`);
    }
    cache = response.headers.get("x-nextjs-cache");
  }
  return cache;
}

const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([key, count]) => `${key} ${count}`)
    .join(", ");

export async function measure(origin: string, loadCase: LoadCase, seconds: number, sampler: MemorySampler) {
  // Posting an edit creates a submission each time; warm it once.
  const warmedCache = await warmUp(origin, loadCase, loadCase.method === "POST" ? 1 : WARM_UP_REQUESTS);
  const outcome = await runLoad(origin, loadCase, seconds);
  const responses = outcome.latencies.length;
  const expected = outcome.statuses[String(loadCase.expectedStatus)] ?? 0;
  const tracked = Object.keys(outcome.cacheHeaders);
  const measured: MeasuredCase = {
    id: loadCase.id,
    title: loadCase.title,
    path: loadCase.path,
    connections: loadCase.connections,
    seconds: outcome.seconds,
    requests: responses,
    requestsPerSecond: responses / outcome.seconds,
    latencyMs: summariseLatencies(outcome.latencies),
    errors: outcome.errors,
    unexpected: responses - expected,
    statuses: outcome.statuses,
    cache: tracked.length === 1 ? tracked[0]! : tracked.length > 1 ? describeCounts(outcome.cacheHeaders) : warmedCache,
    rssMbAtEnd: (await sampler.sample()).rssMb,
    notes: [],
  };
  if (loadCase.trackCache && (outcome.cacheHeaders.HIT ?? 0) > 0) {
    measured.notes.push(`${outcome.cacheHeaders.HIT} responses came from the cache: not every request rendered`);
  }
  return measured;
}

/** Counts the submissions the edit case makes, then removes them, so every run starts from the same queue. */
export async function measureEdit(
  origin: string,
  loadCase: LoadCase,
  seconds: number,
  sampler: MemorySampler,
  client: pg.Client,
) {
  const { rows } = await client.query<{ max: number; reader: number }>(
    `SELECT coalesce(max(id), 0)::int AS max, (SELECT id FROM "User" WHERE username = $1) AS reader FROM "Submission"`,
    [READER],
  );
  const { max, reader } = rows[0]!;
  const measured = await measure(origin, loadCase, seconds, sampler);
  const created = await client.query(`DELETE FROM "Submission" WHERE id > $1 AND "authorId" = $2`, [max, reader]);
  await client.query(`DELETE FROM "RateLimitEvent" WHERE key = $1`, [`submission:user:${reader}`]);
  const accepted = (measured.statuses["303"] ?? 0) + 1;
  const made = created.rowCount ?? 0;
  measured.notes.push(
    `${made} submissions created for ${accepted} posts answered 303, warm-up included (removed again)`,
  );
  // Posts still in flight when the time is up are made but never answered: up to one per connection.
  if (made < accepted || made > accepted + loadCase.connections) {
    measured.notes.push("MISMATCH: the posts answered 303 and the submissions made do not agree");
  }
  return measured;
}

export async function soak(origin: string, seconds: number, context: CaseContext, sampler: MemorySampler) {
  const loadCase = buildCase("film-cached", context);
  await warmUp(origin, loadCase, WARM_UP_REQUESTS);
  const from = sampler.elapsed();
  console.log(`\nSoak: the cached film page for ${seconds} s at ${loadCase.connections} connections…`);
  const outcome = await runLoad(origin, loadCase, seconds);
  const samples = sampler.since(from);
  return {
    seconds,
    connections: loadCase.connections,
    requests: outcome.latencies.length,
    requestsPerSecond: outcome.latencies.length / outcome.seconds,
    latencyMs: summariseLatencies(outcome.latencies),
    errors: outcome.errors,
    statuses: outcome.statuses,
    verdict: soakVerdict(samples),
    samples,
  };
}
