import Link from "next/link";
import { SearchForm } from "./search-form";

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-xl font-bold tracking-tight text-stone-900 hover:no-underline">
          Keyframe
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm font-medium">
          <Link href="/">Home</Link>
          <Link href="/search">Search</Link>
        </nav>
        <div className="w-full sm:ml-auto sm:w-80">
          <SearchForm id="header-search" name="Site search" />
        </div>
      </div>
    </header>
  );
}
