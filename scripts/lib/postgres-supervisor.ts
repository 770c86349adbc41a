import { setTimeout as sleep } from "node:timers/promises";
import type { RunningPostgres } from "./embedded-postgres.ts";

/** Waits before each restart in a row; once they are used up, supervision gives up. */
export const RESTART_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000];
/** A server that stayed up this long has recovered: its next crash starts the backoff over. */
const RECOVERED_AFTER_MS = 60_000;

export type SupervisorEvents = {
  log(line: string): void;
  /** Supervision has given up; the database is down for good. */
  giveUp(message: string): void;
};

/**
 * Keeps the embedded PostgreSQL running: when it dies, starts it again (on the same port, so the
 * site's connection string stays right) after a growing delay, and gives up after repeated failures.
 */
export class PostgresSupervisor {
  private current: RunningPostgres | undefined;
  private readonly stopped = new AbortController();
  private readonly watching: Promise<void>;

  constructor(
    first: RunningPostgres,
    private readonly restart: () => Promise<RunningPostgres>,
    private readonly events: SupervisorEvents,
    private readonly delaysMs: number[] = RESTART_DELAYS_MS,
  ) {
    this.current = first;
    this.watching = this.watch(first);
  }

  /** No more restarts from now on: the site is stopping, and the database may get the same signal. */
  stopRestarting(): void {
    this.stopped.abort();
  }

  /** Stops restarting, then stops the database; resolves when it has exited. */
  async stop(): Promise<void> {
    this.stopRestarting();
    await this.current?.stop();
    await this.watching;
  }

  private async watch(server: RunningPostgres): Promise<void> {
    const stopped = new Promise<null>((resolve) => this.stopped.signal.addEventListener("abort", () => resolve(null)));
    let failures = 0;
    for (;;) {
      const upSince = Date.now();
      const how = await Promise.race([server.crashed, stopped]);
      if (how === null) return;
      this.current = undefined;
      if (Date.now() - upSince >= RECOVERED_AFTER_MS) failures = 0;
      this.events.log(`PostgreSQL stopped unexpectedly (${how}).`);
      const restarted = await this.restartWithBackoff(failures);
      if (!restarted) return;
      failures = restarted.failures;
      this.current = server = restarted.server;
    }
  }

  private async restartWithBackoff(failures: number): Promise<{ server: RunningPostgres; failures: number } | null> {
    for (;;) {
      const delay = this.delaysMs[failures];
      if (delay === undefined) {
        this.events.giveUp(
          `PostgreSQL failed ${failures} times in a row; giving up. See its messages above, fix the cause, then start Keyframe again.`,
        );
        return null;
      }
      failures += 1;
      this.events.log(`Restarting PostgreSQL in ${delay / 1000} s (attempt ${failures} of ${this.delaysMs.length})…`);
      try {
        await sleep(delay, undefined, { signal: this.stopped.signal });
      } catch {
        return null;
      }
      try {
        const server = await this.restart();
        if (this.stopped.signal.aborted) {
          await server.stop();
          return null;
        }
        this.events.log(`PostgreSQL is running again on port ${server.port}.`);
        return { server, failures };
      } catch (error) {
        this.events.log(`PostgreSQL did not restart: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
