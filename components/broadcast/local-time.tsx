"use client";

import { useSyncExternalStore } from "react";

const localFormat = (instant: Date) =>
  new Intl.DateTimeFormat("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);

const noSubscription = () => () => {};

/**
 * Adds the reader's own time to a broadcast time the server wrote in Japan time. The cached page is
 * the same for every reader, so only the browser knows their time zone; without JavaScript the
 * Japan time stands alone. Readers in Japan get nothing added.
 */
export function LocalTime({ iso }: { iso: string }) {
  const local = useSyncExternalStore(
    noSubscription,
    () => (Intl.DateTimeFormat().resolvedOptions().timeZone === "Asia/Tokyo" ? null : localFormat(new Date(iso))),
    () => null,
  );
  return local ? <span data-local-time> ({local} your time)</span> : null;
}
