/**
 * The value below which `fraction` of the values lie, by nearest rank (so p50 and p99 are values
 * some request really took, not interpolations). Null for no values.
 */
export function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The largest value; Math.max(...values) overflows the stack on a soak's hundreds of thousands. */
export function largest(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((max, value) => (value > max ? value : max), -Infinity);
}

export function smallest(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((min, value) => (value < min ? value : min));
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** `part / whole`, or null when either is unknown or the whole is zero. */
export function ratio(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole === 0 ? null : part / whole;
}

export type LatencySummary = { p50: number | null; p99: number | null; mean: number | null; max: number | null };

export function summariseLatencies(latencies: readonly number[]): LatencySummary {
  return {
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    mean: mean(latencies),
    max: largest(latencies),
  };
}

export type MemorySample = { seconds: number; rssMb: number };

export type MemorySummary = { startMb: number | null; endMb: number | null; peakMb: number | null };

export function summariseMemory(samples: readonly MemorySample[]): MemorySummary {
  return {
    startMb: samples[0]?.rssMb ?? null,
    endMb: samples.at(-1)?.rssMb ?? null,
    peakMb: largest(samples.map((sample) => sample.rssMb)),
  };
}

export type SoakVerdict = {
  /** Median RSS just after the warm-up (the first fifth of the soak), in MB. */
  afterWarmUpMb: number;
  /** Median RSS over the last tenth of the soak, in MB. */
  endMb: number;
  peakMb: number;
  growth: number;
  steady: boolean;
};

/** Growth beyond this share of the warmed-up RSS counts as memory that does not stay steady. */
export const SOAK_GROWTH_LIMIT = 0.1;

/**
 * Whether memory stays steady through a soak. Under load RSS is a sawtooth: the heap grows for tens
 * of seconds until a full collection drops it back, so the median of a window depends on where in a
 * tooth the window falls. A leak shows in the floor the collections return to, so the verdict
 * compares the lowest RSS of the two halves after warm-up, each spanning several collections.
 */
export function soakVerdict(samples: readonly MemorySample[]): SoakVerdict | null {
  if (samples.length < 10) return null;
  const first = samples[0]!.seconds;
  const span = samples.at(-1)!.seconds - first;
  const window = (from: number, to: number) =>
    samples
      .filter((sample) => sample.seconds - first >= from * span && sample.seconds - first <= to * span)
      .map((sample) => sample.rssMb);
  const afterWarmUpMb = smallest(window(0.2, 0.6))!;
  const endMb = smallest(window(0.6, 1))!;
  const growth = (endMb - afterWarmUpMb) / afterWarmUpMb;
  return {
    afterWarmUpMb,
    endMb,
    peakMb: largest(samples.map((sample) => sample.rssMb))!,
    growth,
    steady: growth <= SOAK_GROWTH_LIMIT,
  };
}
