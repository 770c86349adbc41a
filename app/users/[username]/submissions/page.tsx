import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorSubmissionTable } from "@/components/submissions/author-submission-table";
import { EmptyState } from "@/components/ui/section";
import { normalizeUsername } from "@/lib/auth/schema";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { getAuthorSubmissions } from "@/lib/submissions/queries";
import { getProfile } from "@/lib/users/queries";
import { possessive } from "@/lib/format/possessive";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ username: string }> };

export const metadata: Metadata = { title: "Submissions", robots: { index: false } };

export default async function UserSubmissionsRoute({ params }: Props) {
  const username = normalizeUsername((await decodedParams(params)).username);
  const viewer = await requireUser(`/users/${encodeURIComponent(username)}/submissions`);
  const profile = await getProfile(username);
  const own = profile?.id === viewer.id;
  // Others' submissions are private to them and the moderators; a 404 does not say whether they exist.
  if (!profile || (!own && !can(viewer, "submission:review"))) notFound();
  const submissions = await getAuthorSubmissions(profile.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        {own ? "Your submissions" : `${possessive(profile.displayName)} submissions`}
      </h1>
      <p className="text-stone-800">
        Newest first. Pending edits wait in the moderation queue, oldest first; submissions can take several hours to be
        approved.
      </p>
      {submissions.length === 0 ? (
        <EmptyState>{own ? "You have not proposed any edits yet." : "No submissions yet."}</EmptyState>
      ) : (
        <AuthorSubmissionTable rows={submissions} own={own} />
      )}
    </div>
  );
}
