import { describe, expect, it } from "vitest";

import { checkRateLimits, recordAttempt, type RateLimitRule } from "@/lib/rate-limit";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();

const MINUTE = 60_000;
const now = new Date("2026-03-01T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE);

describe("checkRateLimits and recordAttempt", () => {
  it("allows attempts until the limit, then names when the oldest attempt leaves the window", async () => {
    const rules: RateLimitRule[] = [{ key: "test:basic", limit: 3, windowMs: 10 * MINUTE }];
    expect(await checkRateLimits(rules, now)).toEqual({ limited: false });
    await recordAttempt(rules, ago(4));
    await recordAttempt(rules, ago(2));
    expect(await checkRateLimits(rules, now)).toEqual({ limited: false });
    await recordAttempt(rules, ago(1));
    expect(await checkRateLimits(rules, now)).toEqual({ limited: true, retryAt: new Date(now.getTime() + 6 * MINUTE) });
    // Once the oldest attempt has left the window, the key is free again.
    expect(await checkRateLimits(rules, new Date(now.getTime() + 6 * MINUTE))).toEqual({ limited: false });
  });

  it("records one attempt per rule, and only for its rules", async () => {
    const rules: RateLimitRule[] = [
      { key: "test:record:a", limit: 5, windowMs: MINUTE },
      { key: "test:record:b", limit: 5, windowMs: MINUTE },
    ];
    await recordAttempt(rules, now);
    const events = await database.prisma.rateLimitEvent.findMany({ where: { key: { startsWith: "test:record:" } } });
    expect(events.map((event) => [event.key, event.createdAt])).toEqual(
      expect.arrayContaining([
        ["test:record:a", now],
        ["test:record:b", now],
      ]),
    );
    expect(events).toHaveLength(2);
  });

  it("is limited when any rule is exhausted, until the latest of their retry times", async () => {
    const short: RateLimitRule = { key: "test:any:short", limit: 1, windowMs: 5 * MINUTE };
    const long: RateLimitRule = { key: "test:any:long", limit: 1, windowMs: 30 * MINUTE };
    const other: RateLimitRule = { key: "test:any:other", limit: 100, windowMs: 30 * MINUTE };
    await recordAttempt([short, long], ago(1));
    expect(await checkRateLimits([short, other], now)).toEqual({
      limited: true,
      retryAt: new Date(now.getTime() + 4 * MINUTE),
    });
    expect(await checkRateLimits([short, long, other], now)).toEqual({
      limited: true,
      retryAt: new Date(now.getTime() + 29 * MINUTE),
    });
    expect(await checkRateLimits([other], now)).toEqual({ limited: false });
  });

  it("ignores attempts outside the window and deletes them at the next attempt", async () => {
    const rule: RateLimitRule = { key: "test:old", limit: 2, windowMs: 15 * MINUTE };
    const unrelated = { key: "test:old:unrelated", createdAt: ago(60) };
    await database.prisma.rateLimitEvent.createMany({
      data: [
        { key: rule.key, createdAt: ago(16) },
        { key: rule.key, createdAt: ago(15) },
        { key: rule.key, createdAt: ago(20) },
        unrelated,
      ],
    });
    // An attempt exactly one window old has left it.
    expect(await checkRateLimits([rule], now)).toEqual({ limited: false });

    await recordAttempt([rule], now);
    const left = await database.prisma.rateLimitEvent.findMany({ where: { key: { startsWith: "test:old" } } });
    expect(left.map((event) => [event.key, event.createdAt])).toEqual(
      expect.arrayContaining([
        [rule.key, now],
        [unrelated.key, unrelated.createdAt],
      ]),
    );
    expect(left).toHaveLength(2);
  });
});
