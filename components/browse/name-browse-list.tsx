import type { Route } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/section";
import type { NameRow } from "@/lib/browse/name-queries";

/** A page of people or characters: the name, the name in the original script, the deck. */
export function NameBrowseList({
  rows,
  basePath,
  label,
  empty,
}: {
  rows: NameRow[];
  /** Where each entry's page lives: "/people". */
  basePath: "/people" | "/characters" | "/studios";
  label: string;
  empty: string;
}) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul aria-label={label} className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
      {rows.map((row) => (
        <li key={row.slug} className="p-3">
          <div className="flex flex-wrap items-baseline gap-x-3">
            <Link href={`${basePath}/${row.slug}` as Route} className="font-semibold">
              {row.name}
            </Link>
            {row.nativeName && row.nativeName !== row.name ? (
              <span lang="ja" className="text-stone-700">
                {row.nativeName}
              </span>
            ) : null}
          </div>
          {row.deck ? <div className="line-clamp-2 text-sm text-stone-800">{row.deck}</div> : null}
        </li>
      ))}
    </ul>
  );
}
