import { toJapanTime } from "@/lib/submissions/sections/broadcast/schema";

/**
 * A series' broadcast slot in Japan as the work stores it: the first episode's instant, the days
 * between episodes (none for a single broadcast) and the Japanese date of the last, when known.
 */
export type BroadcastSlot = {
  broadcastStart: Date | null;
  broadcastIntervalDays: number | null;
  broadcastEnd: Date | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long after its first broadcast a series with no known end or episode count is still taken to
 * be airing: long enough for a two-cour series, short enough that a long-finished show whose last
 * date nobody entered is not given a "next episode" forever.
 */
export const OPEN_ENDED_RUN_MS = 2 * 365 * DAY_MS;

/** The Japanese calendar date of an instant, YYYY-MM-DD. */
export function japanDate(instant: Date): string {
  return toJapanTime(instant).slice(0, 10);
}

/**
 * The instant of the next broadcast after `now` (not at it): the first broadcast if still ahead,
 * else the first repeat of the interval still ahead, within the series' run. The run ends on the
 * date of the last broadcast when known, after the planned count of episodes when known, and
 * otherwise two years after the first broadcast. Japan keeps no daylight saving time, so every
 * repeat falls at the same time of day.
 */
export function nextBroadcast(slot: BroadcastSlot, plannedEpisodes: number | null, now: Date): Date | null {
  const start = slot.broadcastStart;
  if (!start) return null;
  if (start.getTime() > now.getTime()) return start;
  if (!slot.broadcastIntervalDays) return null;
  const interval = slot.broadcastIntervalDays * DAY_MS;
  const repeats = Math.floor((now.getTime() - start.getTime()) / interval) + 1;
  const next = new Date(start.getTime() + repeats * interval);
  // The first broadcast is episode 1, so this is episode `repeats + 1`.
  if (plannedEpisodes !== null && repeats + 1 > plannedEpisodes) return null;
  if (slot.broadcastEnd) return japanDate(next) <= slot.broadcastEnd.toISOString().slice(0, 10) ? next : null;
  if (plannedEpisodes !== null) return next;
  return now.getTime() - start.getTime() <= OPEN_ENDED_RUN_MS ? next : null;
}

const japanTimeFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: "Asia/Tokyo",
  weekday: "short",
  month: "short",
  day: "numeric",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "Sat, Dec 5, 2026, 01:58 JST": how a broadcast reads before (and without) the browser localising it. */
export function formatJapanTime(instant: Date): string {
  return `${japanTimeFormat.format(instant)} JST`;
}

const WEEKDAYS = ["Sundays", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays"] as const;

/**
 * The slot as MyAnimeList writes it: "Saturdays at 01:58 (JST)", "Daily at 01:58 (JST)",
 * "Every 14 days at 01:58 (JST)"; a single broadcast gives only its time.
 */
export function broadcastSlotLabel(start: Date, intervalDays: number | null): string {
  const japan = toJapanTime(start);
  const time = `${japan.slice(11, 16)} (JST)`;
  if (intervalDays === 7) {
    const weekday = new Date(`${japan.slice(0, 10)}T00:00:00Z`).getUTCDay();
    return `${WEEKDAYS[weekday]} at ${time}`;
  }
  if (intervalDays === 1) return `Daily at ${time}`;
  if (intervalDays) return `Every ${intervalDays} days at ${time}`;
  return `At ${time}`;
}

/** The slot in a season chart's few words: "Saturdays 01:58 JST". */
export function shortSlotLabel(start: Date, intervalDays: number | null): string {
  return broadcastSlotLabel(start, intervalDays).replace(" at ", " ").replace(" (JST)", " JST");
}
