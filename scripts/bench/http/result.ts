import { ratio, type LatencySummary } from "./stats";

/** The cases `npm run bench` knows, in the order it runs them (`--cases` picks some). */
export const CASE_IDS = [
  "static",
  "about",
  "film-cached",
  "film-cached-signed-in",
  "film-uncached",
  "season-uncached",
  "season-format-uncached",
  "person",
  "search",
  "search-1",
  "queue-first",
  "queue-last",
  "list",
  "edit",
] as const;

export type CaseId = (typeof CASE_IDS)[number];

/** What one case measured. Ratios compare requests per second with the two ceilings. */
export type CaseResult = {
  id: CaseId;
  title: string;
  path: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: LatencySummary;
  /** Connection errors and timeouts: requests that got no response. */
  errors: number;
  /** Responses with a status the case does not expect (200, or 303 for a submitted form). */
  unexpected: number;
  statuses: Record<string, number>;
  /** Next's `x-nextjs-cache` on the case's first response: HIT, MISS, STALE, or null when rendered per request. */
  cache: string | null;
  /** The server's resident memory when the case ended. */
  rssMbAtEnd: number | null;
  ratioToStatic: number | null;
  ratioToAbout: number | null;
  notes: string[];
};

export type MeasuredCase = Omit<CaseResult, "ratioToStatic" | "ratioToAbout">;

/**
 * Each case's median round (the lower of the two middle ones for an even count), noting every
 * round's rate. Ten-second windows on a busy machine differ by up to 15%, so a ratio between two
 * cases is steadier from the medians of alternating rounds than from one window each.
 */
export function medianRounds(rounds: MeasuredCase[][]): MeasuredCase[] {
  const ids = [...new Set(rounds.flat().map((result) => result.id))];
  return ids.map((id) => {
    const ofCase = rounds.flatMap((round) => round.filter((result) => result.id === id));
    if (ofCase.length === 1) return ofCase[0]!;
    const sorted = [...ofCase].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
    const rates = ofCase.map((result) => result.requestsPerSecond.toFixed(1)).join(", ");
    return { ...median, notes: [...median.notes, `rounds: ${rates} req/s; the median is reported`] };
  });
}

/** Adds each case's ratios to the static file's and /about's requests per second, when those ran. */
export function withRatios(measured: MeasuredCase[]): CaseResult[] {
  const rateOf = (id: CaseId) => measured.find((result) => result.id === id)?.requestsPerSecond ?? null;
  const staticRate = rateOf("static");
  const aboutRate = rateOf("about");
  return measured.map((result) => ({
    ...result,
    ratioToStatic: ratio(result.requestsPerSecond, staticRate),
    ratioToAbout: ratio(result.requestsPerSecond, aboutRate),
  }));
}
