import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ModerationQueueView } from "@/components/moderation/moderation-queue-view";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { readQueueParams, resolveQueueFilters } from "@/lib/submissions/filter-queries";
import { getModerationQueue } from "@/lib/submissions/queries";

export const metadata: Metadata = { title: "Moderation queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerationRoute({ searchParams }: Props) {
  const user = await requireUser("/moderation");
  if (!can(user, "submission:review")) forbidden();
  const { input, page } = readQueueParams(await searchParams);
  const { filters, messages, matchesNothing } = await resolveQueueFilters(input);
  const queue = matchesNothing ? null : await getModerationQueue(filters, page);
  return <ModerationQueueView input={input} messages={messages} queue={queue} fromCursor={page.cursor !== undefined} />;
}
