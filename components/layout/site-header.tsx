import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { can } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { SearchForm } from "./search-form";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-xl font-bold tracking-tight text-stone-900 hover:no-underline">
          Keyframe
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
          <Link href="/films">Films</Link>
          <Link href="/genres">Genres</Link>
          <Link href="/people">People</Link>
          <Link href="/characters">Characters</Link>
          <Link href="/lists">Lists</Link>
          <Link href="/search">Search</Link>
          <Link href="/recent-changes">Recent changes</Link>
          {can(user, "submission:review") ? <Link href="/moderation">Moderation</Link> : null}
          {can(user, "user:list") ? <Link href="/admin/users">Users</Link> : null}
        </nav>
        <div className="w-full sm:ml-auto sm:w-80">
          <SearchForm id="header-search" name="Site search" />
        </div>
        <nav aria-label="Account" className="flex items-center gap-4 text-sm">
          {user ? (
            <>
              <Link href={`/users/${user.username}`} className="font-semibold">
                {user.displayName}
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
      </div>
    </header>
  );
}
