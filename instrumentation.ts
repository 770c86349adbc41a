// Runs once when the server starts, before it answers a request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPageCacheHandler } = await import("@/lib/cache/page-cache-handler");
  installPageCacheHandler();
}
