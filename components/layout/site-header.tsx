import Link from "next/link";
import { AccountNav, StaffLinks } from "./account-nav";
import { SearchForm } from "./search-form";
import { SiteMenu } from "./site-menu";

const icon = "size-5 shrink-0";

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="2" className={icon}>
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" strokeLinecap="round" />
    </svg>
  );
}

function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="2" className={icon}>
      <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" className="group-open:hidden" />
      <path d="m5 5 10 10M15 5 5 15" strokeLinecap="round" className="hidden group-open:inline" />
    </svg>
  );
}

/**
 * The same for every reader, so that no page is dynamic for its sake: who is signed in is read
 * after load (AccountNav, StaffLinks). One row at every width: below 1280 px the links fold into
 * the menu, with a shortcut to search beside it; from 1280 px they stand in the row.
 */
export function SiteHeader() {
  return (
    <header className="relative border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-5 px-4 py-3 sm:px-6">
        <Link href="/" className="mr-auto text-xl font-bold tracking-tight text-stone-900 hover:no-underline xl:mr-0">
          Keyframe
        </Link>
        <Link href="/search" className="flex items-center gap-1.5 font-medium xl:hidden">
          <SearchIcon />
          Search
        </Link>
        <SiteMenu className="group unfold-xl xl:flex xl:min-w-0 xl:flex-1 xl:items-center xl:gap-x-4">
          <summary className="text-accent-700 flex cursor-pointer list-none items-center gap-1.5 rounded-md border border-stone-300 px-3 py-1.5 font-medium [&::-webkit-details-marker]:hidden">
            <MenuIcon />
            Menu
          </summary>
          <div className="absolute inset-x-0 top-full z-30 grid gap-4 border-b border-stone-200 bg-white px-4 py-4 shadow-md sm:px-6 xl:contents">
            <nav
              aria-label="Main"
              className="grid grid-cols-2 gap-x-4 gap-y-2 font-medium xl:flex xl:gap-x-4 xl:text-sm xl:whitespace-nowrap"
            >
              <Link href="/films">Films</Link>
              <Link href="/genres">Genres</Link>
              <Link href="/people">People</Link>
              <Link href="/characters">Characters</Link>
              <Link href="/studios">Studios</Link>
              <Link href="/lists">Lists</Link>
              <Link href="/recent-changes">Recent changes</Link>
              <StaffLinks />
            </nav>
            <div className="xl:ml-auto xl:w-72 xl:min-w-32 xl:shrink">
              <SearchForm id="header-search" name="Site search" />
            </div>
            <AccountNav />
          </div>
        </SiteMenu>
      </div>
    </header>
  );
}
