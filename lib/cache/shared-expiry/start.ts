import { ExpiryListener } from "./listener";
import { sharedExpiryState } from "./state";
import { isSharedExpiryOn } from "./switch";

/**
 * Starts this server process's expiry listener when expiry is shared (switch.ts). `expire` expires
 * tags in this process's cache. Stopped, and its heartbeat row deleted, when the process is told to stop.
 */
export async function startSharedExpiry(expire: (tags: string[]) => void): Promise<void> {
  if (!isSharedExpiryOn()) return;
  const listener = new ExpiryListener({
    url: process.env.DATABASE_URL!,
    expire,
    state: sharedExpiryState(),
    log: (line) => console.warn(line),
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void listener.stop());
  await listener.start();
}
