import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";

type Props = { viewer: { username: string; displayName: string; canReview: boolean; canListUsers: boolean } | null };

/** Who is signed in and where they can go; the header's account area and the /account page share it. */
export function AccountLinks({ viewer }: Props) {
  if (!viewer) {
    return (
      <>
        <Link href="/sign-in" className="font-medium">
          Sign in
        </Link>
        <Link href="/register" className="font-medium">
          Register
        </Link>
      </>
    );
  }
  return (
    <>
      <Link href={`/users/${encodeURIComponent(viewer.username)}`} className="font-semibold">
        {viewer.displayName}
      </Link>
      <SignOutButton />
    </>
  );
}
