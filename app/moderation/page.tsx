import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ModerationQueueView } from "@/components/moderation/moderation-queue-view";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { readQueueParams, resolveQueueFilters } from "@/lib/submissions/filter-queries";
import { parseId } from "@/lib/ids";
import { getModerationQueue, getReviewOutcome } from "@/lib/submissions/queries";

export const metadata: Metadata = { title: "Moderation queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerationRoute({ searchParams }: Props) {
  const user = await requireUser("/moderation");
  if (!can(user, "submission:review")) forbidden();
  const params = await searchParams;
  const { input, page } = readQueueParams(params);
  const { filters, messages, filmChoices, matchesNothing } = await resolveQueueFilters(input);
  // Deciding on the last pending submission comes back here; the decision is read from the submission.
  const reviewedId = typeof params.reviewed === "string" ? parseId(params.reviewed) : null;
  const [queue, reviewed] = await Promise.all([
    matchesNothing ? null : getModerationQueue(filters, page),
    reviewedId === null ? null : getReviewOutcome(reviewedId),
  ]);
  return (
    <ModerationQueueView
      input={input}
      messages={messages}
      filmChoices={filmChoices}
      queue={queue}
      fromCursor={page.cursor !== undefined}
      reviewed={reviewed}
    />
  );
}
