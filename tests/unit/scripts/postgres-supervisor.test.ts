import { describe, expect, it } from "vitest";
import type { RunningPostgres } from "../../../scripts/lib/embedded-postgres";
import { PostgresSupervisor } from "../../../scripts/lib/postgres-supervisor";

/** A stand-in server process: `crash` ends it as a signal would; `stops` counts stop() calls. */
function server(port = 5555) {
  let crash!: (how: string) => void;
  const fake = {
    stops: 0,
    crash: (how: string) => crash(how),
    running: {
      port,
      serverUrl: "",
      urlFor: () => "",
      crashed: new Promise<string>((resolve) => (crash = resolve)),
      stop: async () => {
        fake.stops += 1;
      },
    } satisfies RunningPostgres,
  };
  return fake;
}

const until = async (check: () => boolean) => {
  for (let tries = 0; tries < 200 && !check(); tries++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

describe("the PostgreSQL supervisor", () => {
  it("restarts a server that dies, logging each step, and stops the new one", async () => {
    const first = server();
    const second = server();
    const lines: string[] = [];
    let restarts = 0;
    const supervisor = new PostgresSupervisor(
      first.running,
      async () => {
        restarts += 1;
        return second.running;
      },
      { log: (line) => lines.push(line), giveUp: () => lines.push("GAVE UP") },
      [1, 1],
    );
    first.crash("killed by SIGKILL");
    await until(() => lines.some((line) => line.includes("running again")));
    expect(lines).toEqual([
      "PostgreSQL stopped unexpectedly (killed by SIGKILL).",
      "Restarting PostgreSQL in 0.001 s (attempt 1 of 2)…",
      "PostgreSQL is running again on port 5555.",
    ]);
    await supervisor.stop();
    expect([restarts, first.stops, second.stops]).toEqual([1, 0, 1]);
  });

  it("waits longer after each failure, and gives up once the waits are used up", async () => {
    const first = server();
    const lines: string[] = [];
    let gaveUp = "";
    new PostgresSupervisor(
      first.running,
      async () => {
        throw new Error("pre-existing shared memory block is still in use");
      },
      { log: (line) => lines.push(line), giveUp: (message) => (gaveUp = message) },
      [1, 2, 4],
    );
    first.crash("exit code 1");
    await until(() => gaveUp !== "");
    expect(lines.filter((line) => line.startsWith("Restarting"))).toEqual([
      "Restarting PostgreSQL in 0.001 s (attempt 1 of 3)…",
      "Restarting PostgreSQL in 0.002 s (attempt 2 of 3)…",
      "Restarting PostgreSQL in 0.004 s (attempt 3 of 3)…",
    ]);
    expect(lines.filter((line) => line.startsWith("PostgreSQL did not restart"))).toHaveLength(3);
    expect(gaveUp).toMatch(/^PostgreSQL failed 3 times in a row; giving up\./);
  });

  it("counts a server that dies again at once as another failure in the row", async () => {
    const servers = [server(), server(), server()];
    let next = 1;
    let gaveUp = false;
    new PostgresSupervisor(
      servers[0]!.running,
      async () => {
        const started = servers[next++]!;
        setTimeout(() => started.crash("killed by SIGSEGV"), 1);
        return started.running;
      },
      { log: () => {}, giveUp: () => (gaveUp = true) },
      [1, 1],
    );
    servers[0]!.crash("killed by SIGKILL");
    await until(() => gaveUp);
    expect(next).toBe(3);
  });

  it("does not restart once stopped", async () => {
    const first = server();
    let restarts = 0;
    const supervisor = new PostgresSupervisor(
      first.running,
      async () => {
        restarts += 1;
        return server().running;
      },
      { log: () => {}, giveUp: () => {} },
      [1],
    );
    await supervisor.stop();
    first.crash("exit code 0");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([restarts, first.stops]).toEqual([0, 1]);
  });

  it("restarts nothing while the site stops, even if the database dies before its turn", async () => {
    const first = server();
    let restarts = 0;
    const supervisor = new PostgresSupervisor(
      first.running,
      async () => {
        restarts += 1;
        return server().running;
      },
      { log: () => {}, giveUp: () => {} },
      [1],
    );
    supervisor.stopRestarting();
    first.crash("exit code 0");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(restarts).toBe(0);
  });
});
