import type { ReactNode } from "react";

/** A titled region of a page; the heading names the region for screen readers. */
export function Section({
  id,
  title,
  children,
  level = 2,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <Heading id={`${id}-heading`} className={level === 2 ? "text-xl font-semibold" : "text-base font-semibold"}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border border-dashed border-stone-300 px-3 py-2 text-sm text-stone-700">{children}</p>
  );
}
