import { describe, expect, it } from "vitest";
import { isServable } from "@/lib/cache/shared-expiry/state";
import { isSharedExpiryOn } from "@/lib/cache/shared-expiry/switch";
import { ACK_WAIT_MS, HEARTBEAT_MS, LIVE_MS, TRUST_MS } from "@/lib/cache/shared-expiry/timing";

const url = "postgresql://keyframe@localhost/keyframe";

describe("the shared expiry switch", () => {
  it("is on whenever a database is configured", () => {
    expect(isSharedExpiryOn({ DATABASE_URL: url })).toBe(true);
    expect(isSharedExpiryOn({ DATABASE_URL: url, KEYFRAME_SHARED_EXPIRY: "on" })).toBe(true);
  });

  it("is off when turned off, or without a database", () => {
    expect(isSharedExpiryOn({ DATABASE_URL: url, KEYFRAME_SHARED_EXPIRY: "off" })).toBe(false);
    expect(isSharedExpiryOn({ DATABASE_URL: url, KEYFRAME_SHARED_EXPIRY: " OFF " })).toBe(false);
    expect(isSharedExpiryOn({})).toBe(false);
  });
});

describe("whether a cached entry may be served", () => {
  const state = { instanceId: "a", trustedUntil: 1_000, validSince: 500 };

  it("only while the process is in step, and only from its start point on", () => {
    expect(isServable(state, 600, 999)).toBe(true);
    expect(isServable(state, 600, 1_000)).toBe(false);
    expect(isServable(state, 499, 999)).toBe(false);
  });
});

describe("the timings", () => {
  it("wait for and count as live every process that may still trust its cache", () => {
    expect(ACK_WAIT_MS).toBeGreaterThanOrEqual(TRUST_MS);
    expect(LIVE_MS).toBeGreaterThanOrEqual(TRUST_MS);
    expect(HEARTBEAT_MS * 3).toBeLessThanOrEqual(TRUST_MS);
  });
});
