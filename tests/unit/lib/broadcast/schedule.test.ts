import { describe, expect, it } from "vitest";
import {
  broadcastSlotLabel,
  formatJapanTime,
  japanDate,
  nextBroadcast,
  shortSlotLabel,
  type BroadcastSlot,
} from "@/lib/broadcast/schedule";

// Saturday 2026-10-03 at 01:58 in Japan is Friday 2026-10-02 at 16:58 UTC.
const start = new Date("2026-10-02T16:58:00Z");
const weekly: BroadcastSlot = { broadcastStart: start, broadcastIntervalDays: 7, broadcastEnd: null };
const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("nextBroadcast", () => {
  it("is the first broadcast while it is still ahead, with or without an interval", () => {
    expect(nextBroadcast(weekly, null, at("2026-09-01T00:00:00Z"))).toEqual(start);
    expect(nextBroadcast({ ...weekly, broadcastIntervalDays: null }, null, at("2026-10-02T16:57:59Z"))).toEqual(start);
  });

  it("is the next repeat strictly after now, at the same Japan time", () => {
    // Wednesday Dec 2 in Japan: the next Saturday 01:58 JST is Dec 5, which is Dec 4 in UTC.
    expect(nextBroadcast(weekly, null, at("2026-12-02T11:00:00Z"))).toEqual(at("2026-12-04T16:58:00Z"));
    // At the very instant of a broadcast, the next one is a week on.
    expect(nextBroadcast(weekly, null, at("2026-10-02T16:58:00Z"))).toEqual(at("2026-10-09T16:58:00Z"));
    expect(nextBroadcast(weekly, null, at("2026-10-09T16:57:59Z"))).toEqual(at("2026-10-09T16:58:00Z"));
  });

  it("follows intervals other than a week", () => {
    const daily = { ...weekly, broadcastIntervalDays: 1 };
    expect(nextBroadcast(daily, null, at("2026-10-05T17:00:00Z"))).toEqual(at("2026-10-06T16:58:00Z"));
    const fortnightly = { ...weekly, broadcastIntervalDays: 14 };
    expect(nextBroadcast(fortnightly, null, at("2026-10-03T00:00:00Z"))).toEqual(at("2026-10-16T16:58:00Z"));
  });

  it("has none once a single broadcast has passed", () => {
    expect(nextBroadcast({ ...weekly, broadcastIntervalDays: null }, null, at("2026-10-02T16:58:00Z"))).toBeNull();
    expect(
      nextBroadcast(
        { broadcastStart: null, broadcastIntervalDays: 7, broadcastEnd: null },
        12,
        at("2026-10-01T00:00:00Z"),
      ),
    ).toBeNull();
  });

  it("stops after the last broadcast's date in Japan, which may be the UTC day before", () => {
    const ending = { ...weekly, broadcastEnd: day("2026-12-19") };
    // The broadcast of Saturday Dec 19 01:58 JST is Dec 18 in UTC, and still counts.
    expect(nextBroadcast(ending, null, at("2026-12-12T00:00:00Z"))).toEqual(at("2026-12-18T16:58:00Z"));
    expect(nextBroadcast(ending, null, at("2026-12-18T16:58:00Z"))).toBeNull();
    expect(nextBroadcast({ ...weekly, broadcastEnd: day("2026-12-18") }, null, at("2026-12-12T00:00:00Z"))).toBeNull();
  });

  it("stops after the planned count of episodes, the first broadcast being episode 1", () => {
    // Episode 12 airs 11 weeks after the first: Dec 18 16:58 UTC.
    expect(nextBroadcast(weekly, 12, at("2026-12-12T00:00:00Z"))).toEqual(at("2026-12-18T16:58:00Z"));
    expect(nextBroadcast(weekly, 12, at("2026-12-18T16:58:00Z"))).toBeNull();
    expect(nextBroadcast(weekly, 1, at("2026-10-03T00:00:00Z"))).toBeNull();
  });

  it("keeps an open-ended series going for two years, and a long one with a planned count not yet reached", () => {
    const old: BroadcastSlot = {
      broadcastStart: at("2013-04-06T16:58:00Z"),
      broadcastIntervalDays: 7,
      broadcastEnd: null,
    };
    expect(nextBroadcast(old, null, at("2026-12-02T00:00:00Z"))).toBeNull();
    expect(nextBroadcast(weekly, null, at("2028-09-01T00:00:00Z"))).not.toBeNull();
    expect(nextBroadcast(weekly, null, at("2028-10-10T00:00:00Z"))).toBeNull();
    expect(nextBroadcast(weekly, 1200, at("2030-01-01T00:00:00Z"))).not.toBeNull();
  });
});

describe("how a broadcast reads", () => {
  it("writes the instant in Japan time, across the UTC date line", () => {
    expect(formatJapanTime(at("2026-12-04T16:58:00Z"))).toBe("Sat, Dec 5, 2026, 01:58 JST");
    expect(formatJapanTime(at("2026-12-31T15:00:00Z"))).toBe("Fri, Jan 1, 2027, 00:00 JST");
    expect(japanDate(at("2026-12-31T14:59:00Z"))).toBe("2026-12-31");
    expect(japanDate(at("2026-12-31T15:00:00Z"))).toBe("2027-01-01");
  });

  it("names the slot by its weekday in Japan, not in UTC", () => {
    expect(broadcastSlotLabel(start, 7)).toBe("Saturdays at 01:58 (JST)");
    expect(broadcastSlotLabel(start, 1)).toBe("Daily at 01:58 (JST)");
    expect(broadcastSlotLabel(start, 14)).toBe("Every 14 days at 01:58 (JST)");
    expect(broadcastSlotLabel(start, null)).toBe("At 01:58 (JST)");
    expect(shortSlotLabel(start, 7)).toBe("Saturdays 01:58 JST");
  });
});
