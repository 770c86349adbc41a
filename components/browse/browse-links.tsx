import Link from "next/link";

const PAGES = [
  { href: "/films", label: "All films" },
  { href: "/genres", label: "Genres" },
  { href: "/themes", label: "Themes" },
  { href: "/franchises", label: "Franchises" },
  { href: "/seasons", label: "Seasons" },
] as const;

/** The ways into the catalogue of films, beside each other on each of their pages. */
export function BrowseLinks({ current }: { current: (typeof PAGES)[number]["href"] }) {
  return (
    <nav aria-label="Browse films">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
        {PAGES.map((page) => (
          <li key={page.href}>
            <Link
              href={page.href}
              aria-current={page.href === current ? "page" : undefined}
              className="aria-[current=page]:text-stone-900 aria-[current=page]:underline"
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
