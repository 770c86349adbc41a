import { describe, expect, it } from "vitest";

import { isDeployment, startupProblem } from "../../../scripts/lib/deployment";

const SECRET = "x".repeat(32);
const KEY = Buffer.alloc(32, 7).toString("base64");
const EXTERNAL = { NODE_ENV: "production", DATABASE_URL: "postgresql://keyframe@db.example/keyframe" };

describe("isDeployment", () => {
  it("is a deployment when the operator says so, or runs production on a database of their own", () => {
    expect(isDeployment({ KEYFRAME_DEPLOYMENT: "1" })).toBe(true);
    expect(isDeployment(EXTERNAL)).toBe(true);
  });

  it("is not one on the embedded database, in development, or when DATABASE_URL is empty", () => {
    expect(isDeployment({})).toBe(false);
    expect(isDeployment({ NODE_ENV: "production" })).toBe(false);
    expect(isDeployment({ NODE_ENV: "production", DATABASE_URL: "" })).toBe(false);
    expect(isDeployment({ DATABASE_URL: EXTERNAL.DATABASE_URL })).toBe(false);
    expect(isDeployment({ KEYFRAME_DEPLOYMENT: "0" })).toBe(false);
  });
});

describe("startupProblem", () => {
  it("lets a fresh machine start with nothing set", () => {
    expect(startupProblem({})).toBeNull();
  });

  it("names every missing shared secret in a deployment", () => {
    expect(startupProblem(EXTERNAL)).toBe(
      "A deployment (NODE_ENV=production with DATABASE_URL) needs NEXTAUTH_SECRET and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY set, the same on every instance; see docs/deployment.md",
    );
    expect(startupProblem({ KEYFRAME_DEPLOYMENT: "1", NEXTAUTH_SECRET: SECRET })).toBe(
      "A deployment (KEYFRAME_DEPLOYMENT=1) needs NEXT_SERVER_ACTIONS_ENCRYPTION_KEY set, the same on every instance; see docs/deployment.md",
    );
  });

  it("accepts a deployment with both secrets", () => {
    expect(startupProblem({ ...EXTERNAL, NEXTAUTH_SECRET: SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY })).toBeNull();
  });

  it("refuses a short NEXTAUTH_SECRET in a deployment and a malformed actions key anywhere", () => {
    expect(startupProblem({ ...EXTERNAL, NEXTAUTH_SECRET: "short", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY })).toMatch(
      /^NEXTAUTH_SECRET must be at least 32 characters/,
    );
    const shortKey = Buffer.alloc(16).toString("base64");
    for (const key of [shortKey, "not base64!", `${KEY}x`]) {
      expect(startupProblem({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toMatch(
        /^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 32 random bytes in base64/,
      );
    }
  });

  it("refuses a bad TRUSTED_PROXIES", () => {
    expect(startupProblem({ TRUSTED_PROXIES: "nginx" })).toMatch(/^TRUSTED_PROXIES: "nginx"/);
  });
});
