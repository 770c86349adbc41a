import { createHash } from "node:crypto";
import { KEYFRAME_LICENCES } from "@/lib/sources/declared";
import type { ApiError } from "./errors";

/**
 * Browsers may reuse a body for a minute, shared caches for five; after that either may serve the
 * stale body for a day while revalidating it (cheap: a 304 when the ETag still matches).
 */
export const SUCCESS_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=86400";

/** An unknown slug may soon exist (a proposal approved); one minute keeps both the load and the wait small. */
export const NOT_FOUND_CACHE_CONTROL = "public, max-age=60";

export const ALLOWED_METHODS = "GET, HEAD, OPTIONS";

/**
 * Every answer states Keyframe's licences (RFC 8288 `rel="license"`), in a header so that every
 * body keeps the shape of the entry it describes: the database's, then the wiki text's.
 */
export const LICENCE_LINK = Object.values(KEYFRAME_LICENCES)
  .map(({ licence }) => `<${licence.url}>; rel="license"; title="${licence.name}"`)
  .join(", ");

// A public, read-only API without cookies: any site's scripts may read it.
const COMMON_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link",
  "X-Content-Type-Options": "nosniff",
  Link: LICENCE_LINK,
} as const;

const JSON_TYPE = "application/json; charset=utf-8";

/** A strong validator for exactly these bytes. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/**
 * Whether `If-None-Match` names this ETag (RFC 9110 §13.1.2: weak comparison, so a `W/` that a
 * compressing proxy added still matches; `*` matches any current representation).
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** 200 with the body as JSON, or 304 when the client already holds it; no body for HEAD. */
export function jsonResponse(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  const headers = { ...COMMON_HEADERS, "Cache-Control": SUCCESS_CACHE_CONTROL, ETag: etag };
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === "HEAD" ? null : text, {
    status: 200,
    headers: { ...headers, "Content-Type": JSON_TYPE },
  });
}

/** `{ "error": { code, message, parameter? } }` with the error's status; only a 404 may be cached. */
export function errorResponse(error: ApiError, request?: Request): Response {
  const body = {
    error: { code: error.code, message: error.message, ...(error.parameter ? { parameter: error.parameter } : {}) },
  };
  const headers: Record<string, string> = {
    ...COMMON_HEADERS,
    "Content-Type": JSON_TYPE,
    "Cache-Control": error.status === 404 ? NOT_FOUND_CACHE_CONTROL : "no-store",
  };
  if (error.status === 405) headers.Allow = ALLOWED_METHODS;
  return new Response(request?.method === "HEAD" ? null : JSON.stringify(body), { status: error.status, headers });
}

/** The answer to a CORS preflight (sent when a cross-site script adds `If-None-Match` itself). */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...COMMON_HEADERS,
      Allow: ALLOWED_METHODS,
      "Access-Control-Allow-Methods": ALLOWED_METHODS,
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}
