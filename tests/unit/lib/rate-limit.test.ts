import { describe, expect, it } from "vitest";

import { retryMessage } from "@/lib/rate-limit";

const now = new Date("2026-01-01T12:00:00Z");
const after = (milliseconds: number) => new Date(now.getTime() + milliseconds);

describe("retryMessage", () => {
  it.each([
    [15 * 60_000, "Try again in 15 minutes."],
    [14 * 60_000 + 1, "Try again in 15 minutes."],
    [14 * 60_000 + 59_999, "Try again in 15 minutes."],
    [2 * 60_000, "Try again in 2 minutes."],
    [60_001, "Try again in 2 minutes."],
    [60_000, "Try again in 1 minute."],
    [1, "Try again in 1 minute."],
  ])("rounds %i ms up to whole minutes", (milliseconds, expected) => {
    expect(retryMessage(after(milliseconds), now)).toBe(expected);
  });

  it("never says less than a minute, even when the time has already come", () => {
    expect(retryMessage(now, now)).toBe("Try again in 1 minute.");
    expect(retryMessage(after(-5 * 60_000), now)).toBe("Try again in 1 minute.");
  });

  it("measures from the current time by default", () => {
    expect(retryMessage(new Date(Date.now() + 10 * 60_000 - 500))).toBe("Try again in 10 minutes.");
  });
});
