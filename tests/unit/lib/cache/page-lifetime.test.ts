import { describe, expect, it } from "vitest";
import { pageLifetimeSeconds } from "@/lib/cache/page-lifetime";

const now = new Date("2026-12-02T11:00:00Z");

describe("pageLifetimeSeconds", () => {
  it("ends at the earliest moment still ahead", () => {
    const nextBroadcast = new Date("2026-12-04T16:58:00Z");
    const nextMidnight = new Date("2026-12-02T15:00:00Z");
    expect(pageLifetimeSeconds([nextBroadcast, nextMidnight], now)).toBe(4 * 60 * 60);
    expect(pageLifetimeSeconds([null, nextBroadcast], now)).toBe(2 * 86_400 + 5 * 3600 + 58 * 60);
  });

  it("ignores moments past or now, and gives none when nothing is ahead", () => {
    expect(pageLifetimeSeconds([new Date("2026-12-01T00:00:00Z"), now, null], now)).toBeNull();
    expect(pageLifetimeSeconds([], now)).toBeNull();
  });

  it("rounds up to whole seconds, never to 0 (which would mean never cache)", () => {
    expect(pageLifetimeSeconds([new Date(now.getTime() + 1)], now)).toBe(1);
    expect(pageLifetimeSeconds([new Date(now.getTime() + 1500)], now)).toBe(2);
  });
});
