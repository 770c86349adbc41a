"use client";

import { useEffect } from "react";

/**
 * Focuses the element with `id` once this mounts. The server renders `autoFocus` on that element,
 * which the browser honours on a full page load; after a client-side navigation the element may be
 * an old one that React kept (autoFocus acts on new ones only), and Next scrolls after rendering,
 * so the focus is set again here, in an effect that runs after both. Give it a `key` that changes
 * whenever the focus should move again.
 */
export function RestoreFocus({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
