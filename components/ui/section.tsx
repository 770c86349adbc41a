import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

/** A titled region of a page; the heading names the region for screen readers. */
export function Section({
  id,
  title,
  children,
  level = 2,
  editHref,
  editLabel,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  level?: 2 | 3;
  /** Where to edit this section; the link sits beside the heading, so the region keeps its name. */
  editHref?: Route;
  /** The edit link's whole text, where "Edit <title>" would undersell what the form does. */
  editLabel?: string;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  const heading = (
    <Heading id={`${id}-heading`} className={level === 2 ? "text-xl font-semibold" : "text-base font-semibold"}>
      {title}
    </Heading>
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      {editHref ? (
        <div className="flex items-baseline justify-between gap-3">
          {heading}
          <Link href={editHref} className="text-sm font-medium">
            {editLabel ?? (
              <>
                Edit<span className="sr-only"> {title}</span>
              </>
            )}
          </Link>
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border border-dashed border-stone-300 px-3 py-2 text-sm text-stone-700">{children}</p>
  );
}
