import "server-only";
import { db } from "@/lib/db";
import { countOf } from "@/lib/format/counts";

export type RateLimitRule = { key: string; limit: number; windowMs: number };
export type RateLimitVerdict = { limited: false } | { limited: true; retryAt: Date };

/**
 * Whether any of the rules is exhausted. Attempts are rows in RateLimitEvent, so the limit holds
 * across server processes and restarts.
 */
export async function checkRateLimits(rules: RateLimitRule[], now = new Date()): Promise<RateLimitVerdict> {
  const windows = await db.rateLimitEvent.groupBy({
    by: ["key"],
    where: {
      OR: rules.map((rule) => ({ key: rule.key, createdAt: { gt: new Date(now.getTime() - rule.windowMs) } })),
    },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  let retryAt: Date | undefined;
  for (const rule of rules) {
    const window = windows.find((entry) => entry.key === rule.key);
    if (!window || window._count._all < rule.limit || !window._min.createdAt) continue;
    const freedAt = new Date(window._min.createdAt.getTime() + rule.windowMs);
    if (!retryAt || freedAt > retryAt) retryAt = freedAt;
  }
  return retryAt ? { limited: true, retryAt } : { limited: false };
}

/** Counts one attempt against every rule, and forgets attempts that have left their window. */
export async function recordAttempt(rules: RateLimitRule[], now = new Date()): Promise<bigint[]> {
  const [, created] = await db.$transaction([
    db.rateLimitEvent.deleteMany({
      where: {
        OR: rules.map((rule) => ({ key: rule.key, createdAt: { lte: new Date(now.getTime() - rule.windowMs) } })),
      },
    }),
    db.rateLimitEvent.createManyAndReturn({
      data: rules.map((rule) => ({ key: rule.key, createdAt: now })),
      select: { id: true },
    }),
  ]);
  return created.map((event) => event.id);
}

export type Reservation =
  | { limited: true; retryAt: Date }
  | { limited: false; /** Un-counts the attempt, for one that turned out not to count. */ release(): Promise<void> };

/**
 * Counts an attempt before it is made, then checks the limits with it included: attempts sent at
 * the same moment see one another, so a burst cannot slip past a check-then-record gap.
 * A refused attempt is not counted.
 */
export async function reserveAttempt(rules: RateLimitRule[], now = new Date()): Promise<Reservation> {
  const ids = await recordAttempt(rules, now);
  const release = async () => {
    await db.rateLimitEvent.deleteMany({ where: { id: { in: ids } } });
  };
  const verdict = await checkRateLimits(
    rules.map((rule) => ({ ...rule, limit: rule.limit + 1 })),
    now,
  );
  if (!verdict.limited) return { limited: false, release };
  await release();
  return verdict;
}

/** "Try again in 12 minutes." — rounded up, so the person never retries too early. */
export function retryMessage(retryAt: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return `Try again in ${countOf(minutes, "minute")}.`;
}

/** An attempt refused by a limit; its message says what was limited and when to try again. */
export class RateLimitedError extends Error {
  constructor(what: string, retryAt: Date) {
    super(`${what} ${retryMessage(retryAt)}`);
  }
}
