import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A titled region of a page; the heading names the region for screen readers. Styled by the
 * `section` component class (globals.css): a page has a dozen of these, and their markup is sent
 * twice (as HTML and as the payload React hydrates from), so it is kept short.
 */
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
  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <header>
        <Heading id={`${id}-heading`}>{title}</Heading>
        {editHref ? (
          <Link href={editHref}>
            {editLabel ?? (
              <>
                Edit<span className="sr-only"> {title}</span>
              </>
            )}
          </Link>
        ) : null}
      </header>
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
