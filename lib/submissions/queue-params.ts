import { z } from "zod";

/** The queue's filters as typed into its GET form, so the form can show them again. */
export type QueueFilterInput = { section: string; film: string; author: string };

export const QUEUE_FILTER_NAMES = ["section", "film", "author"] as const;

export const QUEUE_INPUT_MAX = 100;

const typed = z.string().trim().max(QUEUE_INPUT_MAX).default("");

/** The queue's filters as a review form carries them, so the moderator moves on within them. */
export const QueueFilterInputSchema = z.object({ section: typed, film: typed, author: typed });

/** The filters set, as URL parameters: the queue and the submissions reached from it keep them. */
export function queueFilterParams(input: QueueFilterInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of QUEUE_FILTER_NAMES) {
    if (input[name]) params.set(name, input[name]);
  }
  return params;
}

/** An address with the queue's filters, and any further parameters, in its query. */
export function withQueueFilters<Path extends string>(
  path: Path,
  input: QueueFilterInput,
  extra: Record<string, string> = {},
): Path | `${Path}?${string}` {
  const params = queueFilterParams(input);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
