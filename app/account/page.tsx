import type { Metadata } from "next";
import Link from "next/link";
import { AccountLinks } from "@/components/layout/account-links";
import { Section } from "@/components/ui/section";
import { AccountDetailsForm } from "@/components/users/account-details-form";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { getViewer } from "@/lib/viewer/queries";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

/**
 * Where the cached pages' header sends readers without JavaScript: who is signed in, and the way
 * out; and where a signed-in person changes their display name and password.
 */
export default async function AccountRoute() {
  const viewer = await getViewer();
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Your account</h1>
      <p>{viewer ? "You are signed in." : "You are not signed in."}</p>
      <nav aria-label="Your account" className="flex flex-wrap items-center gap-4">
        <AccountLinks viewer={viewer} />
        {viewer ? (
          <Link href={`/users/${encodeURIComponent(viewer.username)}/submissions`}>Your submissions</Link>
        ) : null}
        {viewer?.canReview ? <Link href="/moderation">Moderation</Link> : null}
        {viewer?.canListUsers ? <Link href="/admin/users">Users</Link> : null}
      </nav>
      {viewer ? (
        <>
          <Section id="details" title="Your details">
            <AccountDetailsForm displayName={viewer.displayName} username={viewer.username} />
          </Section>
          <Section id="password" title="Your password">
            <ChangePasswordForm />
          </Section>
        </>
      ) : null}
    </div>
  );
}
