"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

/**
 * The header's links behind a "Menu" toggle on narrow screens: a <details>, so it opens by click
 * or keyboard without JavaScript; wide screens show its contents in the header's row
 * (`unfold-xl`). With JavaScript it also closes after a link is followed, since the header stays
 * mounted across client navigations, and on Escape.
 */
export function SiteMenu({ className, children }: { className: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);

  function closeOnEscape(event: KeyboardEvent) {
    // An open list of search suggestions takes Escape first (downshift prevents the default).
    if (event.key !== "Escape" || event.defaultPrevented || !menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector("summary")?.focus();
  }

  return (
    <details ref={menu} className={className} onKeyDown={closeOnEscape}>
      {children}
    </details>
  );
}
