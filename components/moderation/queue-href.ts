import { queueFilterParams, type QueueFilterInput } from "@/lib/submissions/queue-params";

/** A queue address that keeps the filters as typed, so paging never drops them. */
export function queueHref(
  input: QueueFilterInput,
  page: { after: string } | { before: string } | { last: true } | null = null,
): `/moderation${string}` {
  const params = queueFilterParams(input);
  if (page && "after" in page) params.set("after", page.after);
  if (page && "before" in page) params.set("before", page.before);
  if (page && "last" in page) params.set("last", "1");
  const query = params.toString();
  return query ? `/moderation?${query}` : "/moderation";
}
