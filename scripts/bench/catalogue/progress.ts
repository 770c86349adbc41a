import { performance } from "node:perf_hooks";

/** A step's progress: rows done so far. */
export type StepProgress = { tick(rows: number): void };

/** Where a run reports its steps: a progress bar on a terminal, nothing in tests. */
export type Reporter = {
  start(label: string, total: number): StepProgress;
  finish(label: string, rows: number, seconds: number): void;
};

export type StepTiming = { label: string; rows: number; seconds: number };

export const silentReporter: Reporter = { start: () => ({ tick: () => {} }), finish: () => {} };

/** Runs the steps of a run one by one, timing each. */
export class Steps {
  readonly timings: StepTiming[] = [];

  constructor(private readonly reporter: Reporter) {}

  async run<T>(label: string, total: number, work: (progress: StepProgress) => Promise<T> | T): Promise<T> {
    const started = performance.now();
    let rows = 0;
    const progress = this.reporter.start(label, total);
    const result = await work({
      tick: (count) => {
        rows += count;
        progress.tick(count);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    this.timings.push({ label, rows: rows || total, seconds });
    this.reporter.finish(label, rows || total, seconds);
    return result;
  }
}
