"use client";

import Link from "next/link";
import { ReturningLink } from "@/components/auth/returning-link";
import { useViewer } from "@/components/viewer/viewer-context";
import { AccountLinks } from "./account-links";

/** Moderation and user administration, for those allowed. */
export function StaffLinks() {
  const viewer = useViewer();
  return (
    <>
      {viewer?.canReview ? <Link href="/moderation">Moderation</Link> : null}
      {viewer?.canListUsers ? <Link href="/admin/users">Users</Link> : null}
    </>
  );
}

/**
 * The reader's name and "Sign out", or "Sign in" and "Register", once known. The page is the same
 * for everyone, so without JavaScript it links to /account, which says who is signed in.
 */
export function AccountNav() {
  const viewer = useViewer();
  return (
    // A long display name is cut short in the header's row rather than pushing it onto two.
    <nav
      aria-label="Account"
      className="flex min-h-6 items-center gap-4 xl:text-sm xl:whitespace-nowrap xl:[&_a]:inline-block xl:[&_a]:max-w-36 xl:[&_a]:truncate xl:[&_a]:align-bottom"
    >
      {viewer === undefined ? (
        <noscript>
          <ReturningLink to="/account" className="font-medium">
            Your account
          </ReturningLink>
        </noscript>
      ) : (
        <AccountLinks viewer={viewer} />
      )}
    </nav>
  );
}
