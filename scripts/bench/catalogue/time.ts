import type { Random } from "./random";

// Every date is derived from this fixed moment, never from the clock, so runs are repeatable.
export const EPOCH = Date.UTC(2026, 9, 1);

const DAY = 24 * 60 * 60 * 1000;

/** Entries were added over five years, until three months before the epoch. */
export const CATALOGUE_START = EPOCH - 5 * 365 * DAY;
export const CATALOGUE_END = EPOCH - 90 * DAY;

/** Pending submissions were made in the last month before the epoch, after every revision. */
export const PENDING_START = EPOCH - 30 * DAY;

/** The moment the `index`-th of `count` entries was added, in order, with some jitter. */
export function addedAt(random: Random, index: number, count: number): Date {
  const span = CATALOGUE_END - CATALOGUE_START;
  const slot = span / Math.max(1, count);
  return new Date(Math.floor(CATALOGUE_START + index * slot + random.next() * slot * 0.9));
}

/** A moment between two others, rounded to the millisecond as PostgreSQL's timestamp(3) keeps it. */
export function between(random: Random, start: number, end: number): Date {
  return new Date(Math.floor(start + random.next() * Math.max(0, end - start)));
}
