// Response headers for every page, static so that a cached page stays one shared copy: a per-request
// CSP nonce would make Next render every page per request.

/** Where each OAuth provider's sign-in sends the browser, keyed by the variable that enables it. */
const OAUTH_AUTHORIZE_ORIGINS = [
  { enabledBy: ["GITHUB_ID", "GITHUB_SECRET"], origin: "https://github.com" },
  { enabledBy: ["DISCORD_CLIENT_ID", "DISCORD_CLIENT_SECRET"], origin: "https://discord.com" },
];

/** The authorize origins of the OAuth providers configured in `env` (lib/auth/options.ts offers the same ones). */
export function oauthAuthorizeOrigins(env: Record<string, string | undefined>): string[] {
  return OAUTH_AUTHORIZE_ORIGINS.filter(({ enabledBy }) => enabledBy.every((name) => env[name])).map(
    ({ origin }) => origin,
  );
}

export function contentSecurityPolicy(options: { dev: boolean; oauthOrigins: string[] }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Next streams each page's React payload in inline scripts whose content differs per page; without
    // a nonce (see above) only 'unsafe-inline' admits them. No other origin may serve scripts. React's
    // development build evaluates code for its debugging tools, so dev alone allows eval.
    "script-src": ["'self'", "'unsafe-inline'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    // Style sheets come from the build; next/image writes a style attribute on every image, and the
    // development server injects its styles in <style> elements.
    "style-src": ["'self'", ...(options.dev ? ["'unsafe-inline'"] : [])],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    // Chromium also checks the redirect that answers a form post, which for OAuth sign-in leads to
    // the provider's authorize page.
    "form-action": ["'self'", ...options.oauthOrigins],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

export function securityHeaders(options: { dev: boolean; oauthOrigins: string[] }): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // frame-ancestors for browsers that predate it.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  ];
}
