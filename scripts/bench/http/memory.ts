import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import type { MemorySample } from "./stats";
import { processTree } from "../../lib/process-tree";

/** Resident memory of a process and its descendants, in MB, from /proc (Linux). */
export async function processTreeRssMb(pid: number): Promise<number> {
  let kilobytes = 0;
  for (const member of await processTree(pid)) {
    try {
      const status = await readFile(`/proc/${member}/status`, "utf8");
      kilobytes += Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kilobytes / 1024;
}

/** Samples the server's RSS at a fixed interval until stopped; `seconds` count from the start. */
export class MemorySampler {
  readonly samples: MemorySample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly started = performance.now();

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 500,
  ) {}

  async start(): Promise<void> {
    await this.sample();
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
  }

  async sample(): Promise<MemorySample> {
    const sample = { seconds: (performance.now() - this.started) / 1000, rssMb: await processTreeRssMb(this.pid) };
    if (sample.rssMb > 0) this.samples.push(sample);
    return sample;
  }

  /** The samples taken since `fromSeconds`. */
  since(fromSeconds: number): MemorySample[] {
    return this.samples.filter((sample) => sample.seconds >= fromSeconds);
  }

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sample();
  }
}
