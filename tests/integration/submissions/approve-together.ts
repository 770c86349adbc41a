import pg from "pg";
import type { Actor } from "@/lib/auth/policy";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import type { PrismaClient } from "@/lib/prisma-client";

/**
 * Waits until `count` sessions are blocked on a lock, at most ten seconds. It asks from outside the
 * holding transaction, which would keep seeing its first snapshot of pg_stat_activity.
 */
export async function waitForLockWaiters(prisma: PrismaClient, count: number) {
  for (let tries = 0; tries < 200; tries += 1) {
    const [row] = await prisma.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((row?.waiting ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Fewer than ${count} sessions ever waited for the lock.`);
}

type Approvals = readonly [{ reviewer: Actor; submissionId: number }, { reviewer: Actor; submissionId: number }];

/**
 * Two moderators approve two submissions at the same moment. The films' rows are held until both
 * approvals are under way, so the race happens every time, not only when the scheduler interleaves
 * them: of one film's, the one that gets the lock first applies first; of two films', both run at once.
 * Returns each outcome's status.
 */
export async function approveTogether(
  database: { prisma: PrismaClient; url: string },
  filmIds: number | readonly number[],
  approvals: Approvals,
) {
  return (await settleTogether(database, filmIds, approvals)).map((outcome) => {
    if (outcome.status === "rejected") throw outcome.reason;
    return outcome.value.status;
  });
}

/** `approveTogether`, keeping each approval's failure as its outcome. */
export async function settleTogether(
  database: { prisma: PrismaClient; url: string },
  filmIds: number | readonly number[],
  approvals: Approvals,
) {
  const holder = new pg.Client(database.url);
  await holder.connect();
  await holder.query("BEGIN");
  await holder.query('SELECT id FROM "Film" WHERE id = ANY($1) FOR UPDATE', [[filmIds].flat()]);
  const outcomes = Promise.allSettled(
    approvals.map(({ reviewer, submissionId }) => approveSubmission(reviewer, submissionId)),
  );
  try {
    await waitForLockWaiters(database.prisma, approvals.length);
  } finally {
    await holder.query("COMMIT");
    await holder.end();
  }
  return outcomes;
}
