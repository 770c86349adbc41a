import Link from "next/link";

export function UserLink({
  user,
  className,
}: {
  user: { username: string; displayName: string } | null;
  /** Inside running text a link must be underlined, not told apart by colour alone. */
  className?: string;
}) {
  if (!user) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">none</span>
      </>
    );
  }
  return (
    <Link href={`/users/${user.username}`} className={className}>
      {user.displayName}
    </Link>
  );
}
