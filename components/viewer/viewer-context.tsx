"use client";

import { usePathname } from "next/navigation";
import { createContext, useContext, type ReactNode } from "react";
import type { Viewer } from "@/lib/viewer/queries";
import { usePrivateJson } from "./use-private-json";

const ViewerContext = createContext<Viewer | undefined>(undefined);

/**
 * The signed-in reader, read once per page after load, so that every public page can be served
 * from the cache; read again on navigation, so signing in or out shows at once.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const viewer = usePrivateJson<{ viewer: Viewer }>("/api/viewer", pathname)?.viewer;
  return <ViewerContext value={viewer}>{children}</ViewerContext>;
}

/** `undefined` until known (and always without JavaScript), null when signed out. */
export function useViewer(): Viewer | undefined {
  return useContext(ViewerContext);
}
