import type { CaseId, CaseResult } from "./result";

export type TargetVerdict = {
  id: CaseId;
  target: string;
  /** Null when the run lacks what the target is judged against. */
  met: boolean | null;
  measured: string;
};

const ms = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} ms`);
const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

/** Issue #8's targets, each judged against this run's own numbers. */
export function judgeTargets(results: CaseResult[]): TargetVerdict[] {
  const find = (id: CaseId) => results.find((result) => result.id === id);
  const verdicts: TargetVerdict[] = [];
  for (const id of ["film-cached", "film-cached-signed-in"] as const) {
    const film = find(id);
    if (!film) continue;
    const p99 = film.latencyMs.p99;
    verdicts.push({
      id,
      target: `≥ 90% of /about's requests/s, p99 < 100 ms at ${film.connections} connections`,
      met: film.ratioToAbout === null || p99 === null ? null : film.ratioToAbout >= 0.9 && p99 < 100,
      measured: `${percent(film.ratioToAbout)} of /about, p99 ${ms(p99)}`,
    });
  }
  const uncached = find("film-uncached");
  if (uncached) {
    const p50 = uncached.latencyMs.p50;
    verdicts.push({
      id: "film-uncached",
      target: "median < 25 ms at 1 connection",
      met: p50 === null || uncached.connections !== 1 ? null : p50 < 25,
      measured: `median ${ms(p50)} at ${uncached.connections} ${uncached.connections === 1 ? "connection" : "connections"}`,
    });
  }
  for (const [id, pages] of [
    ["season-uncached", "seasons"],
    ["season-format-uncached", "seasons' formats"],
  ] as const) {
    const season = find(id);
    if (!season) continue;
    const p50 = season.latencyMs.p50;
    verdicts.push({
      id,
      target: "median < 25 ms at 1 connection",
      met: p50 === null || season.connections !== 1 ? null : p50 < 25,
      measured: `median ${ms(p50)} over ${season.requests} ${pages}`,
    });
  }
  const first = find("queue-first");
  const last = find("queue-last");
  if (last) {
    const [lastP50, firstP50] = [last.latencyMs.p50, first?.latencyMs.p50 ?? null];
    verdicts.push({
      id: "queue-last",
      // Within a tenth (or a millisecond) of the first page: the noise of a shared machine, not depth.
      target: "as fast as the first page (median within 10% or 1 ms)",
      met: lastP50 === null || firstP50 === null ? null : lastP50 <= Math.max(firstP50 * 1.1, firstP50 + 1),
      measured: `median ${ms(lastP50)} against ${ms(firstP50)}`,
    });
  }
  const search = find("search-1");
  if (search) {
    const p50 = search.latencyMs.p50;
    verdicts.push({
      id: "search-1",
      target: "median < 50 ms at 1 connection",
      met: p50 === null || search.connections !== 1 ? null : p50 < 50,
      measured: `median ${ms(p50)}`,
    });
  }
  return verdicts;
}
