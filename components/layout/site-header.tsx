import Link from "next/link";
import { AccountNav, StaffLinks } from "./account-nav";
import { SearchForm } from "./search-form";

/**
 * The same for every reader, so that no page is dynamic for its sake: who is signed in is read
 * after load (AccountNav, StaffLinks).
 */
export function SiteHeader() {
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
          <StaffLinks />
        </nav>
        <div className="w-full sm:ml-auto sm:w-80">
          <SearchForm id="header-search" name="Site search" />
        </div>
        <AccountNav />
      </div>
    </header>
  );
}
