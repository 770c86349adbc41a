import Link from "next/link";
import type { Route } from "next";

/** Keyset pages only go one way, older; the newest page is always one click away. */
export function OlderChangesNav({ path, older, paged }: { path: string; older: string | null; paged: boolean }) {
  if (!older && !paged) return null;
  return (
    <nav aria-label="Pages" className="flex gap-4">
      {paged ? <Link href={path as Route}>Newest changes</Link> : null}
      {older ? <Link href={`${path}?before=${encodeURIComponent(older)}` as Route}>Older changes</Link> : null}
    </nav>
  );
}
