/**
 * A seeded pseudo-random generator (sfc32), so the same scale always gives the same catalogue.
 * Each entity group draws from its own stream (named by a string), so changing how one group is
 * generated leaves the others as they were.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = hashSeed(seed);
    // The first outputs of sfc32 still echo the seed; discard them.
    for (let index = 0; index < 15; index += 1) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Cannot pick from nothing.");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** An index drawn with the given relative weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;
    let target = this.next() * total;
    for (let index = 0; index < weights.length; index += 1) {
      target -= weights[index]!;
      if (target < 0) return index;
    }
    return weights.length - 1;
  }

  /** One of the keys, drawn with the values as relative weights. */
  weightedKey<K extends string>(table: Readonly<Record<K, number>>): K {
    const keys = Object.keys(table) as K[];
    return keys[this.weighted(keys.map((key) => table[key]))]!;
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const wanted = Math.min(count, copy.length);
    for (let index = 0; index < wanted; index += 1) {
      const other = index + Math.floor(this.next() * (copy.length - index));
      [copy[index], copy[other]] = [copy[other]!, copy[index]!];
    }
    return copy.slice(0, wanted);
  }

  shuffle<T, A extends { length: number; [index: number]: T }>(items: A): A {
    for (let index = items.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [items[index], items[other]] = [items[other]!, items[index]!];
    }
    return items;
  }
}

/** cyrb128: four 32-bit words from a string. */
function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < seed.length; index += 1) {
    const code = seed.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044301);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044301);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/**
 * Draws indexes 0..n-1 with weight 1/(rank + offset)^exponent: a few items are drawn very often,
 * most rarely, as with prolific staff or popular films. Ranks are shuffled over the indexes so the
 * popular ones are spread through the table rather than all at its start.
 */
export class ZipfPicker {
  private readonly cumulative: Float64Array;
  private readonly indexAtRank: Int32Array;

  constructor(random: Random, size: number, options: { exponent: number; offset: number }) {
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank += 1) {
      total += 1 / Math.pow(rank + options.offset, options.exponent);
      this.cumulative[rank] = total;
    }
    this.indexAtRank = Int32Array.from({ length: size }, (_, index) => index);
    random.shuffle(this.indexAtRank);
  }

  pick(random: Random): number {
    const target = random.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! <= target) low = middle + 1;
      else high = middle;
    }
    return this.indexAtRank[low]!;
  }

  /** The index drawn most often. */
  top(): number {
    return this.indexAtRank[0]!;
  }
}

/**
 * Splits `total` into `weights.length` whole parts proportional to the weights, each at least
 * `min` and at most `max`, summing exactly to `total` (when the bounds allow it).
 */
export function apportion(
  random: Random,
  total: number,
  weights: readonly number[],
  bounds: { min: number; max: number | ArrayLike<number> },
): Int32Array {
  const maxOf = (index: number) => (typeof bounds.max === "number" ? bounds.max : bounds.max[index]!);
  const parts = new Int32Array(weights.length);
  if (weights.length === 0) return parts;
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  let given = 0;
  for (let index = 0; index < weights.length; index += 1) {
    const share = Math.floor((total * weights[index]!) / sum);
    parts[index] = Math.max(bounds.min, Math.min(maxOf(index), share));
    given += parts[index]!;
  }
  // Random single steps up or down until the sum is exact; the bounds keep every part sensible.
  let guard = 0;
  while (given !== total && guard < total * 20 + 1000) {
    const index = Math.floor(random.next() * weights.length);
    if (given < total && parts[index]! < maxOf(index)) {
      parts[index] = parts[index]! + 1;
      given += 1;
    } else if (given > total && parts[index]! > bounds.min) {
      parts[index] = parts[index]! - 1;
      given -= 1;
    }
    guard += 1;
  }
  return parts;
}
