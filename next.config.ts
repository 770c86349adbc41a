import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { MAX_FORM_BODY_BYTES } from "./lib/http/limits";
import { oauthAuthorizeOrigins, securityHeaders } from "./lib/security-headers";

const nextConfig = (phase: string): NextConfig => ({
  poweredByHeader: false,
  // Next hashes the whole page for its ETag on every request, which costs more than sending a cached
  // page; pages go without (the JSON API sets its own ETags).
  generateEtags: false,
  // The page cache keeps cached pages in ASCII so they are cheap to write out; instrumentation.ts
  // installs it (lib/cache/page-cache-handler.ts says why not as `cacheHandler`).
  // Cached pages and data live in memory only: writing each newly rendered page and its data to
  // disk (a dozen files) cost a third of the render, and `npm start` empties that cache anyway.
  // The most recently read 512 MB (a few thousand film pages with their data) stay; others render again.
  cacheMaxMemorySize: 512 * 1024 * 1024,
  typedRoutes: true,
  // isrFlushToDisk: see cacheMaxMemorySize above.
  // forbidden() and app/forbidden.tsx answer 403 to signed-in people without the role a page needs.
  // Poster uploads may be 10 MB: see MAX_FORM_BODY_BYTES. proxy.ts reads form bodies, and Next
  // would cut any body longer than proxyClientMaxBodySize short before the action saw it.
  experimental: {
    isrFlushToDisk: false,
    authInterrupts: true,
    serverActions: { bodySizeLimit: MAX_FORM_BODY_BYTES },
    proxyClientMaxBodySize: MAX_FORM_BODY_BYTES,
  },
  // proxy.ts judges the address as sent; Next would otherwise re-encode a broken %-escape in the query.
  skipProxyUrlNormalize: true,
  // Uploaded images are served by app/media/[...key]/route.ts; nothing else local is optimised.
  images: { localPatterns: [{ pathname: "/media/**", search: "" }] },
  // The Prisma client and pg stay external: bundling them breaks the driver adapter's native ESM imports.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg"],
  // The same on every response, pages and files alike. `next build` records them with the build, so
  // the OAuth providers' origins are those configured when it ran (npm start builds in the same
  // environment it serves from).
  headers: async () => [
    {
      source: "/:path*",
      headers: securityHeaders({
        dev: phase === PHASE_DEVELOPMENT_SERVER,
        oauthOrigins: oauthAuthorizeOrigins(process.env),
      }),
    },
  ],
});

export default nextConfig;
