// Runs once when the server starts, before it answers a request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPageCacheHandler, expireTagsHere } = await import("@/lib/cache/page-cache-handler");
  installPageCacheHandler();
  // A build serves nothing, so it listens for no expiries.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startSharedExpiry } = await import("@/lib/cache/shared-expiry/start");
  await startSharedExpiry(expireTagsHere);
}
