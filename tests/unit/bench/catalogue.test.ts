import { describe, expect, it } from "vitest";
import { parseCatalogueArguments } from "../../../scripts/bench/catalogue/arguments";
import { planCounts } from "../../../scripts/bench/catalogue/plan";
import { apportion, Random, ZipfPicker } from "../../../scripts/bench/catalogue/random";
import { misspell } from "../../../scripts/bench/catalogue/titles";

describe("the bench:data arguments", () => {
  it("take a scale, fractions included, defaulting to 1, and import bangumi-data unless told not to", () => {
    expect(parseCatalogueArguments([])).toEqual({ ok: true, scale: 1, bangumi: true });
    expect(parseCatalogueArguments(["--scale", "0.01"])).toEqual({ ok: true, scale: 0.01, bangumi: true });
    expect(parseCatalogueArguments(["--scale=2", "--synthetic-only"])).toEqual({ ok: true, scale: 2, bangumi: false });
  });

  it.each([["--scale", "abc"], ["--scale", "0"], ["--scale=-1"], ["--scale", "1000"], ["--scales", "1"], ["--scale"], ["--synthetic-only=yes"]])(
    "refuses %s %s with one line saying how to call it",
    (...argv) => {
      const parsed = parseCatalogueArguments(argv);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.message).not.toContain("\n");
        expect(parsed.message).toMatch(/Usage: npm run bench:data -- --scale N \[--synthetic-only\]$/);
      }
    },
  );
});

describe("the catalogue's random streams", () => {
  it("repeat for the same seed and differ between seeds", () => {
    const draw = (seed: string) =>
      Array.from(
        { length: 5 },
        (
          (random) => () =>
            random.next()
        )(new Random(seed)),
      );
    expect(draw("films")).toEqual(draw("films"));
    expect(draw("films")).not.toEqual(draw("people"));
  });

  it("split a total exactly, within bounds", () => {
    const random = new Random("test");
    const weights = Array.from({ length: 1000 }, () => random.next());
    const parts = apportion(random, 20_000, weights, { min: 1, max: 60 });
    expect(parts.reduce((sum, part) => sum + part, 0)).toBe(20_000);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...parts)).toBeLessThanOrEqual(60);
  });

  it("draw a Zipf-like share: the top item far more often than most", () => {
    const random = new Random("zipf");
    const picker = new ZipfPicker(random, 10_000, { exponent: 0.9, offset: 300 });
    const counts = new Int32Array(10_000);
    for (let index = 0; index < 200_000; index += 1) counts[picker.pick(random)]! += 1;
    const sorted = [...counts].sort((a, b) => b - a);
    expect(counts[picker.top()]!).toBeGreaterThan(3 * sorted[5_000]!);
    expect(sorted[0]!).toBeGreaterThan(5 * sorted[9_000]!);
  });
});

describe("planCounts", () => {
  it("keeps floors that make the notable entries possible", () => {
    const tiny = planCounts(0.0001);
    expect(tiny.films).toBe(1_000);
    expect(tiny.credits).toBeGreaterThan(500);
    expect(tiny.listItems).toBeGreaterThan(1_000);
  });
});

it("misspells a title by swapping two letters of its longest word", () => {
  expect(misspell("Crimson Moon")).toBe("Cirmson Moon");
  expect(misspell("The Crystal of Princess")).toBe("The Crystal of Pirncess");
  expect(misspell("Crimson Moon")).toHaveLength("Crimson Moon".length);
});
