import { performance } from "node:perf_hooks";
import { percentile } from "./http/stats.ts";

/** How long each of `runs` calls of `run` took, in milliseconds, one call after another. */
export async function timeRuns(run: () => Promise<unknown>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

/** The median and 95th percentile of some timings, by the same nearest rank as `npm run bench`. */
export function medianAndP95(times: readonly number[]): { median: number; p95: number } {
  return { median: percentile(times, 0.5) ?? 0, p95: percentile(times, 0.95) ?? 0 };
}
