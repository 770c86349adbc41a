"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import type { Viewer } from "@/lib/viewer/queries";
import { usePrivateJson } from "./use-private-json";

const ViewerContext = createContext<Viewer | undefined>(undefined);
const RefreshViewerContext = createContext<() => void>(() => undefined);

/**
 * The signed-in reader, read once per page after load, so that every public page can be served
 * from the cache; read again on navigation, so signing in or out shows at once, and when a form
 * asks (useRefreshViewer), for changes made without leaving the page.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [reads, setReads] = useState(0);
  const refresh = useCallback(() => setReads((count) => count + 1), []);
  const viewer = usePrivateJson<{ viewer: Viewer }>("/api/viewer", `${pathname} ${reads}`)?.viewer;
  return (
    <ViewerContext value={viewer}>
      <RefreshViewerContext value={refresh}>{children}</RefreshViewerContext>
    </ViewerContext>
  );
}

/** `undefined` until known (and always without JavaScript), null when signed out. */
export function useViewer(): Viewer | undefined {
  return useContext(ViewerContext);
}

/** Reads the viewer again: for a form on a page that changes what the header shows of them. */
export function useRefreshViewer(): () => void {
  return useContext(RefreshViewerContext);
}
