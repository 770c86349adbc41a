import { describe, expect, it } from "vitest";
import { parseBenchArguments } from "../../../scripts/bench/http/arguments";
import { CASE_IDS, medianRounds, withRatios, type MeasuredCase } from "../../../scripts/bench/http/result";
import {
  mean,
  percentile,
  ratio,
  soakVerdict,
  summariseLatencies,
  summariseMemory,
} from "../../../scripts/bench/http/stats";
import { judgeTargets } from "../../../scripts/bench/http/targets";

describe("percentiles", () => {
  it("take the nearest rank, so every percentile is a latency some request had", () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 0.5)).toBe(3);
    expect(percentile(values, 0.99)).toBe(5);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(percentile([7], 0.99)).toBe(7);
  });

  it("of 100 values put p99 at the 99th and p50 at the 50th", () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
  });

  it("sum up a soak's hundreds of thousands of latencies", () => {
    const latencies = Array.from({ length: 500_000 }, (_, index) => index % 1000);
    expect(summariseLatencies(latencies)).toMatchObject({ p50: 499, p99: 989, max: 999 });
  });

  it("are unknown without values", () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(mean([])).toBeNull();
    expect(summariseLatencies([])).toEqual({ p50: null, p99: null, mean: null, max: null });
  });

  it("leave the values they are given in their order", () => {
    const values = [3, 1, 2];
    summariseLatencies(values);
    expect(values).toEqual([3, 1, 2]);
    expect(summariseLatencies(values)).toEqual({ p50: 2, p99: 3, mean: 2, max: 3 });
  });
});

describe("ratios", () => {
  it("divide, and are unknown against nothing", () => {
    expect(ratio(450, 500)).toBe(0.9);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 5)).toBeNull();
    expect(ratio(5, null)).toBeNull();
  });

  const measured = (id: MeasuredCase["id"], requestsPerSecond: number, p50 = 10, p99 = 50, connections = 50) =>
    ({
      id,
      title: id,
      path: "/",
      connections,
      seconds: 10,
      requests: requestsPerSecond * 10,
      requestsPerSecond,
      latencyMs: { p50, p99, mean: p50, max: p99 },
      errors: 0,
      unexpected: 0,
      statuses: { "200": requestsPerSecond * 10 },
      cache: null,
      rssMbAtEnd: null,
      notes: [],
    }) satisfies MeasuredCase;

  it("compare every case with the static file and /about", () => {
    const [file, about, film] = withRatios([
      measured("static", 4000),
      measured("about", 2000),
      measured("film-cached", 1900),
    ]);
    expect(file).toMatchObject({ ratioToStatic: 1, ratioToAbout: 2 });
    expect(about).toMatchObject({ ratioToStatic: 0.5, ratioToAbout: 1 });
    expect(film).toMatchObject({ ratioToStatic: 0.475, ratioToAbout: 0.95 });
  });

  it("come from each case's median round when the cases ran in rounds", () => {
    const rounds = [
      [measured("about", 3200), measured("film-cached", 2900)],
      [measured("about", 3860), measured("film-cached", 2990)],
      [measured("about", 3400), measured("film-cached", 2720)],
    ];
    const [about, film] = withRatios(medianRounds(rounds));
    expect(about).toMatchObject({ requestsPerSecond: 3400 });
    expect(film).toMatchObject({ requestsPerSecond: 2900, ratioToAbout: 2900 / 3400 });
    expect(film!.notes).toEqual(["rounds: 2900.0, 2990.0, 2720.0 req/s; the median is reported"]);
  });

  it("take the lower middle round of an even count, and leave a single round as it is", () => {
    const two = medianRounds([[measured("about", 3000)], [measured("about", 2000)]]);
    expect(two[0]).toMatchObject({ requestsPerSecond: 2000 });
    const one = measured("about", 3000);
    expect(medianRounds([[one]])).toEqual([one]);
  });

  it("are unknown when the ceilings did not run", () => {
    expect(withRatios([measured("film-cached", 1900)])[0]).toMatchObject({ ratioToStatic: null, ratioToAbout: null });
  });

  it("judge the targets of issue #8", () => {
    const verdicts = judgeTargets(
      withRatios([
        measured("about", 2000),
        measured("film-cached", 1850, 20, 90),
        measured("film-cached-signed-in", 1850, 20, 120),
        measured("film-uncached", 40, 24, 30, 1),
        measured("season-uncached", 30, 26, 40, 1),
        measured("search-1", 20, 51, 60, 1),
        measured("queue-first", 100, 400),
        measured("queue-last", 100, 430),
      ]),
    );
    const met = Object.fromEntries(verdicts.map((verdict) => [verdict.id, verdict.met]));
    expect(met).toEqual({
      "film-cached": true,
      // Fast enough, but its p99 is past 100 ms.
      "film-cached-signed-in": false,
      "film-uncached": true,
      "season-uncached": false,
      "search-1": false,
      "queue-last": true,
    });
    expect(
      judgeTargets(withRatios([measured("queue-first", 100, 400), measured("queue-last", 100, 441)]))[0]?.met,
    ).toBe(false);
  });

  it("leave a target open when what it is judged against did not run", () => {
    const [verdict] = judgeTargets(withRatios([measured("film-cached", 1850)]));
    expect(verdict).toMatchObject({ id: "film-cached", met: null });
  });
});

describe("memory", () => {
  it("sums up a run as its first, last and largest sample", () => {
    expect(
      summariseMemory([
        { seconds: 0, rssMb: 120 },
        { seconds: 1, rssMb: 300 },
        { seconds: 2, rssMb: 250 },
      ]),
    ).toEqual({ startMb: 120, endMb: 250, peakMb: 300 });
    expect(summariseMemory([])).toEqual({ startMb: null, endMb: null, peakMb: null });
  });

  const soak = (rss: (second: number) => number) =>
    Array.from({ length: 300 }, (_, second) => ({ seconds: second, rssMb: rss(second) }));

  it("is steady through a soak when the floor it falls back to stays within a tenth", () => {
    // Warming up from 150 MB, then a collector's sawtooth around 400 MB.
    const verdict = soakVerdict(soak((second) => (second < 40 ? 150 + second * 6 : 400 + (second % 7) * 5)));
    expect(verdict?.steady).toBe(true);
    expect(verdict?.afterWarmUpMb).toBe(400);
    expect(verdict?.peakMb).toBe(430);
  });

  it("is steady through long teeth, wherever the run ends in one", () => {
    // As measured on the cached film page: 30 s climbing from 1,100 to 2,000 MB, 10 s at the floor.
    const tooth = (second: number) => (second % 40 < 30 ? 1100 + (second % 40) * 30 : 1100);
    for (const offset of [0, 10, 20, 30]) {
      const verdict = soakVerdict(soak((second) => tooth(second + offset)));
      expect(verdict).toMatchObject({ afterWarmUpMb: 1100, endMb: 1100, steady: true });
    }
  });

  it("is growing when memory climbs after warm-up, or the floor it falls back to rises", () => {
    expect(soakVerdict(soak((second) => 400 + second))?.growth).toBeGreaterThan(0.2);
    const leaking = soakVerdict(soak((second) => 1100 + second * 2 + (second % 40) * 30));
    expect(leaking?.steady).toBe(false);
  });

  it("cannot be judged from a handful of samples", () => {
    expect(soakVerdict(soak(() => 400).slice(0, 5))).toBeNull();
  });
});

describe("the bench arguments", () => {
  it("default to every case, 50 connections, 10 s and reports/bench.json", () => {
    expect(parseBenchArguments([])).toEqual({
      ok: true,
      options: {
        duration: 10,
        connections: 50,
        cases: [...CASE_IDS],
        rounds: 1,
        soak: null,
        out: "reports/bench.json",
        port: null,
        nodes: null,
      },
    });
  });

  it("name the Node binaries to compare, each with its label, in the order given", () => {
    const parsed = parseBenchArguments(["--node", "24=/opt/node-24/bin/node, 20=/usr/bin/node", "--rounds", "4"]);
    expect(parsed).toMatchObject({
      ok: true,
      options: {
        rounds: 4,
        nodes: [
          { label: "24", path: "/opt/node-24/bin/node" },
          { label: "20", path: "/usr/bin/node" },
        ],
      },
    });
  });

  it.each([
    [["--node", "20=/usr/bin/node"], "at least two"],
    [["--node", "20=/usr/bin/node,20=/opt/node"], "labels must differ"],
    [["--node", "/usr/bin/node,24=/opt/node"], 'LABEL=PATH pairs; got "/usr/bin/node"'],
    [["--node", "20=,24=/opt/node"], 'got "20="'],
    [["--node", "20=/usr/bin/node,24=/opt/node", "--port", "3000"], "each Node gets a free port"],
  ])("refuse --node %j: %s", (argv, reason) => {
    const parsed = parseBenchArguments(argv);
    expect(parsed).toMatchObject({ ok: false });
    if (!parsed.ok) {
      expect(parsed.message).toContain(reason);
      expect(parsed.message).toContain("Usage: npm run bench --");
    }
  });

  it("pick cases in the usual order, whatever order they are named in", () => {
    const parsed = parseBenchArguments([
      "--cases",
      "film-cached, about",
      "--duration=5",
      "--soak",
      "300",
      "--rounds",
      "5",
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      options: { cases: ["about", "film-cached"], duration: 5, soak: 300, rounds: 5 },
    });
  });

  it.each([
    ["--cases", "films"],
    ["--duration", "0"],
    ["--connections", "1.5"],
    ["--soak", "x"],
    ["--rounds", "0"],
    ["--rounds", "21"],
    ["--speed", "1"],
    ["--cases", ""],
  ])("refuse %s %s with one line saying how to call it", (...argv) => {
    const parsed = parseBenchArguments(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).not.toContain("\n");
      expect(parsed.message).toContain("Usage: npm run bench --");
    }
  });
});
