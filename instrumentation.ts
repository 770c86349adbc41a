// Runs once when the server starts, before it answers a request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPageCacheHandler, expireTagsHere } = await import("@/lib/cache/page-cache-handler");
  const { parseTrustedProxies } = await import("@/lib/http/client-address");
  const { recordPeerAddresses } = await import("@/lib/http/peer-address");
  // A bad TRUSTED_PROXIES stops the server here, not at the first sign-in.
  parseTrustedProxies(process.env.TRUSTED_PROXIES);
  recordPeerAddresses();
  installPageCacheHandler();
  // A build serves nothing, so it listens for no expiries.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startSharedExpiry } = await import("@/lib/cache/shared-expiry/start");
  await startSharedExpiry(expireTagsHere);
}
