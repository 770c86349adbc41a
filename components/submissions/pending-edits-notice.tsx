import type { Route } from "next";
import Link from "next/link";
import { countOf, nounFor } from "@/lib/format/counts";

type Props = {
  count: number;
  /** Moderators go to the film's queue; an author to their own submissions. */
  reviewer: boolean;
  username: string;
  filmSlug: string;
};

export function PendingEditsNotice({ count, reviewer, username, filmSlug }: Props) {
  if (count === 0) return null;
  const queue: Route = `/moderation?film=${encodeURIComponent(filmSlug)}`;
  const edits = countOf(count, "pending edit");
  const verb = nounFor(count, "awaits", "await");
  return (
    <p className="rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
      {reviewer ? (
        <>
          <Link href={queue} className="font-semibold">
            {edits}
          </Link>{" "}
          on this film {verb} review.
        </>
      ) : (
        <>
          <Link href={`/users/${encodeURIComponent(username)}/submissions`} className="font-semibold">
            {edits}
          </Link>{" "}
          of yours on this film {verb} review.
        </>
      )}
    </p>
  );
}
