import type { Route } from "next";
import Link from "next/link";
import type { SearchKind } from "@/lib/search/schema";
import type { SearchTotals } from "@/lib/search/queries";
import { searchHref } from "./search-href";

const TABS: { kind: SearchKind; label: string }[] = [
  { kind: "all", label: "All" },
  { kind: "films", label: "Films" },
  { kind: "people", label: "People" },
  { kind: "characters", label: "Characters" },
  { kind: "studios", label: "Studios" },
];

/** Links, not buttons, so each kind of result has its own address and works without JavaScript. */
export function SearchTabs({ query, kind, totals }: { query: string; kind: SearchKind; totals: SearchTotals }) {
  return (
    <nav aria-label="Kinds of result">
      <ul className="flex flex-wrap gap-2 border-b border-stone-200 pb-2">
        {TABS.map((tab) => {
          const current = tab.kind === kind;
          return (
            <li key={tab.kind}>
              <Link
                href={searchHref({ q: query, type: tab.kind }) as Route}
                aria-current={current ? "page" : undefined}
                className={`rounded-md px-3 py-1 text-sm no-underline ${current ? "bg-stone-900 text-white" : "text-stone-900 hover:bg-stone-100"}`}
              >
                {tab.label} <span className={current ? "text-stone-200" : "text-stone-700"}>({totals[tab.kind]})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
