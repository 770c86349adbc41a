import type { EdgeEnv } from "./config";

export type PurgeRequest = { url: string; init: RequestInit & { method: string; headers: Record<string, string> } };

/** Keys per request: Fastly takes 256 (its batch purge), Cloudflare 100 tags; Varnish's header stays small. */
const BATCH = { varnish: 100, fastly: 256, cloudflare: 100 } as const;

/** The HTTP requests that purge these surrogate keys at the configured edge, by its documented API. */
export function purgeRequests(env: EdgeEnv, keys: readonly string[]): PurgeRequest[] {
  if (env.KEYFRAME_EDGE === "none" || keys.length === 0) return [];
  return batches(keys, BATCH[env.KEYFRAME_EDGE]).flatMap((batch) => requestsFor(env, batch));
}

function requestsFor(env: Exclude<EdgeEnv, { KEYFRAME_EDGE: "none" }>, keys: string[]): PurgeRequest[] {
  switch (env.KEYFRAME_EDGE) {
    case "varnish":
      // Handled by deploy/varnish/keyframe.vcl: a hard xkey purge, so no purged page is served in grace.
      return env.KEYFRAME_VARNISH_URLS.map((address) => ({
        url: new URL("/", address).href,
        init: { method: "PURGE", headers: { "xkey-purge": keys.join(" ") } },
      }));
    case "fastly":
      // https://www.fastly.com/documentation/reference/api/purging/ (purge by surrogate key, batch).
      return [
        {
          url: `${trimmed(env.KEYFRAME_FASTLY_API_URL)}/service/${encodeURIComponent(env.KEYFRAME_FASTLY_SERVICE_ID)}/purge`,
          init: {
            method: "POST",
            headers: {
              "Fastly-Key": env.KEYFRAME_FASTLY_API_TOKEN,
              "Surrogate-Key": keys.join(" "),
              Accept: "application/json",
            },
          },
        },
      ];
    case "cloudflare":
      // https://developers.cloudflare.com/api/resources/cache/methods/purge/ (purge by cache tags).
      return [
        {
          url: `${trimmed(env.KEYFRAME_CLOUDFLARE_API_URL)}/zones/${encodeURIComponent(env.KEYFRAME_CLOUDFLARE_ZONE_ID)}/purge_cache`,
          init: {
            method: "POST",
            headers: {
              Authorization: `Bearer ${env.KEYFRAME_CLOUDFLARE_API_TOKEN}`,
              "Content-Type": "application/json",
            },
            body: JSON.stringify({ tags: keys }),
          },
        },
      ];
  }
}

function trimmed(base: string): string {
  return base.replace(/\/+$/, "");
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
