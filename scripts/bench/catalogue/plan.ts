/** Rows added at scale 1; every count scales linearly. */
export const BASE_COUNTS = {
  films: 50_000,
  people: 200_000,
  credits: 1_000_000,
  characters: 100_000,
  voiceCredits: 300_000,
  users: 20_000,
  lists: 50_000,
  listItems: 1_000_000,
  listLikes: 150_000,
  submissions: 100_000,
  revisions: 500_000,
  franchises: 2_500,
} as const;

export type CatalogueCounts = Record<keyof typeof BASE_COUNTS, number>;

/** The person whose page is the benchmark's heaviest: exactly this many credits. */
export const PROLIFIC_CREDITS = 500;
/** The list whose page is the benchmark's heaviest: exactly this many items (ITEMS_PER_LIST). */
export const BIG_LIST_ITEMS = 1_000;

/**
 * Floors that keep the notable entries possible at tiny scales: a 1,000-item list needs 1,000
 * films, 500 credits need 500 of them, and every other table needs a few rows to mean anything.
 */
const FLOORS: CatalogueCounts = {
  films: BIG_LIST_ITEMS,
  people: 50,
  credits: PROLIFIC_CREDITS + 100,
  characters: 20,
  voiceCredits: 40,
  users: 20,
  lists: 10,
  listItems: BIG_LIST_ITEMS + 100,
  listLikes: 10,
  submissions: 20,
  revisions: 0,
  franchises: 5,
};

export const MAX_SCALE = 20;

/** How many rows of each kind a run at `scale` adds. */
export function planCounts(scale: number): CatalogueCounts {
  const counts = {} as CatalogueCounts;
  for (const key of Object.keys(BASE_COUNTS) as (keyof CatalogueCounts)[]) {
    counts[key] = Math.max(FLOORS[key], Math.round(BASE_COUNTS[key] * scale));
  }
  // Every film, person and character proposed and created has its first revision at least.
  counts.revisions = Math.max(
    counts.revisions,
    counts.films + Math.ceil(counts.people / 4) + Math.ceil(counts.characters / 4),
  );
  return counts;
}
