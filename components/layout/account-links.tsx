import Link from "next/link";
import { ReturningLink } from "@/components/auth/returning-link";
import { SignOutButton } from "@/components/auth/sign-out-button";

type Props = { viewer: { username: string; displayName: string; canReview: boolean; canListUsers: boolean } | null };

/** Who is signed in and where they can go; the header's account area and the /account page share it. */
export function AccountLinks({ viewer }: Props) {
  if (!viewer) {
    return (
      <>
        <ReturningLink to="/sign-in" className="font-medium">
          Sign in
        </ReturningLink>
        <ReturningLink to="/register" className="font-medium">
          Register
        </ReturningLink>
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
