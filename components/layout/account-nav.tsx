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
    <nav aria-label="Account" className="flex min-h-6 items-center gap-4 text-sm">
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
