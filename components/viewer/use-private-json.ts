"use client";

import { useEffect, useState } from "react";

/**
 * Reads a personal JSON endpoint after the (cached, public) page has loaded. `undefined` while
 * loading; refetched when `key` changes, e.g. on navigation, so signing in or out shows at once.
 */
export function usePrivateJson<T>(url: string, key: unknown = url): T | undefined {
  const [data, setData] = useState<{ url: string; key: unknown; value: T }>();
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, cache: "no-store" })
      .then((response) =>
        response.ok ? (response.json() as Promise<T>) : Promise.reject(new Error(response.statusText)),
      )
      .then((value) => setData({ url, key, value }))
      .catch(() => {
        // Aborted by a newer request, or offline: the page keeps its signed-out defaults.
      });
    return () => controller.abort();
  }, [url, key]);
  return data?.url === url ? data.value : undefined;
}
