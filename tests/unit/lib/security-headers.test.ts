import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, oauthAuthorizeOrigins, securityHeaders } from "@/lib/security-headers";

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((entry) => entry.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe("the security headers", () => {
  it("allow eval only to the development server", () => {
    expect(directive(contentSecurityPolicy({ dev: false, oauthOrigins: [] }), "script-src")).toBe(
      "'self' 'unsafe-inline'",
    );
    expect(directive(contentSecurityPolicy({ dev: true, oauthOrigins: [] }), "script-src")).toBe(
      "'self' 'unsafe-inline' 'unsafe-eval'",
    );
  });

  it("let forms lead only here and to the configured OAuth providers' sign-in", () => {
    expect(oauthAuthorizeOrigins({})).toEqual([]);
    // A provider with half its credentials is not offered (lib/auth/options.ts).
    expect(oauthAuthorizeOrigins({ GITHUB_ID: "id", DISCORD_CLIENT_ID: "id", DISCORD_CLIENT_SECRET: "s" })).toEqual([
      "https://discord.com",
    ]);
    const policy = contentSecurityPolicy({ dev: false, oauthOrigins: ["https://github.com"] });
    expect(directive(policy, "form-action")).toBe("'self' https://github.com");
    expect(directive(policy, "frame-ancestors")).toBe("'none'");
  });

  it("are the same every time: no nonce", () => {
    const options = { dev: false, oauthOrigins: [] };
    expect(securityHeaders(options)).toEqual(securityHeaders(options));
    expect(securityHeaders(options).map((header) => header.key)).toEqual([
      "Content-Security-Policy",
      "Referrer-Policy",
      "X-Content-Type-Options",
      "X-Frame-Options",
      "Permissions-Policy",
    ]);
  });
});
