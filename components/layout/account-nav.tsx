"use client";

import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { useViewer } from "@/components/viewer/viewer-context";

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

/** Sign in and register, or the reader's name and sign out. Without JavaScript, sign-in links. */
export function AccountNav() {
  const viewer = useViewer();
  return (
    <nav aria-label="Account" className="flex items-center gap-4 text-sm">
      {viewer ? (
        <>
          <Link href={`/users/${encodeURIComponent(viewer.username)}`} className="font-semibold">
            {viewer.displayName}
          </Link>
          <SignOutButton />
        </>
      ) : (
        <>
          <Link href="/sign-in" className="font-medium">
            Sign in
          </Link>
          <Link href="/register" className="font-medium">
            Register
          </Link>
        </>
      )}
    </nav>
  );
}
