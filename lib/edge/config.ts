import { z } from "zod";

/** The response header that carries a page's cache tags, by the edge that reads it. */
export const SURROGATE_HEADERS = {
  // Fastly: space-separated.
  "surrogate-key": { name: "Surrogate-Key", separator: " " },
  // Cloudflare: comma-separated.
  "cache-tag": { name: "Cache-Tag", separator: "," },
  // Varnish with vmod_xkey: space-separated (xkey also splits on commas).
  xkey: { name: "xkey", separator: " " },
} as const;

export type SurrogateHeader = (typeof SURROGATE_HEADERS)[keyof typeof SURROGATE_HEADERS];

const DEFAULT_HEADER = { varnish: "xkey", fastly: "surrogate-key", cloudflare: "cache-tag" } as const;

const list = z
  .string()
  .transform((value) => value.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(z.url({ error: "must be a list of http:// addresses" })).min(1));

const EdgeEnvSchema = z.discriminatedUnion("KEYFRAME_EDGE", [
  z.object({ KEYFRAME_EDGE: z.literal("none") }),
  z.object({ KEYFRAME_EDGE: z.literal("varnish"), KEYFRAME_VARNISH_URLS: list }),
  z.object({
    KEYFRAME_EDGE: z.literal("fastly"),
    KEYFRAME_FASTLY_SERVICE_ID: z.string().min(1),
    KEYFRAME_FASTLY_API_TOKEN: z.string().min(1),
    KEYFRAME_FASTLY_API_URL: z.url().default("https://api.fastly.com"),
  }),
  z.object({
    KEYFRAME_EDGE: z.literal("cloudflare"),
    KEYFRAME_CLOUDFLARE_ZONE_ID: z.string().min(1),
    KEYFRAME_CLOUDFLARE_API_TOKEN: z.string().min(1),
    KEYFRAME_CLOUDFLARE_API_URL: z.url().default("https://api.cloudflare.com/client/v4"),
  }),
]);

export type EdgeEnv = z.infer<typeof EdgeEnvSchema>;

export type EdgeConfig = { env: EdgeEnv; header: SurrogateHeader | null };

/**
 * The edge in front of Keyframe, from the environment (docs/edge.md). Without `KEYFRAME_EDGE` there
 * is none: pages carry no surrogate keys (unless `KEYFRAME_SURROGATE_HEADER` asks for them) and
 * nothing is purged. A bad value fails loudly at the first page stored or the first purge.
 */
export function edgeConfigFrom(environment: Record<string, string | undefined>): EdgeConfig {
  const env = EdgeEnvSchema.parse({ ...environment, KEYFRAME_EDGE: environment.KEYFRAME_EDGE || "none" });
  const chosen = environment.KEYFRAME_SURROGATE_HEADER?.toLowerCase();
  const key = chosen || (env.KEYFRAME_EDGE === "none" ? null : DEFAULT_HEADER[env.KEYFRAME_EDGE]);
  if (key === null) return { env, header: null };
  if (!(key in SURROGATE_HEADERS)) {
    throw new Error(`KEYFRAME_SURROGATE_HEADER must be Surrogate-Key, Cache-Tag or xkey, not "${chosen}"`);
  }
  return { env, header: SURROGATE_HEADERS[key as keyof typeof SURROGATE_HEADERS] };
}

let cached: EdgeConfig | undefined;

export function edgeConfig(): EdgeConfig {
  cached ??= edgeConfigFrom(process.env);
  return cached;
}
