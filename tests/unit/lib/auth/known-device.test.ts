import { describe, expect, it } from "vitest";

import { openKnownDevice, sealKnownDevice } from "@/lib/auth/known-device";

const SECRET = "a test secret";

describe("the known-device cookie", () => {
  it("vouches for the accounts it was sealed with", () => {
    expect(openKnownDevice(sealKnownDevice(["editor", "admin"], SECRET), SECRET)).toEqual(["editor", "admin"]);
  });

  it("keeps the five most recent accounts", () => {
    const names = ["a1", "a2", "a3", "a4", "a5", "a6"];
    expect(openKnownDevice(sealKnownDevice(names, SECRET), SECRET)).toEqual(names.slice(0, 5));
  });

  it("vouches for nothing when forged, altered, sealed with another secret or malformed", () => {
    const sealed = sealKnownDevice(["editor"], SECRET);
    const [, signature] = sealed.split(".");
    const forged = `${Buffer.from(JSON.stringify(["admin"])).toString("base64url")}.${signature}`;
    for (const value of [
      forged,
      sealKnownDevice(["admin"], "another secret"),
      `${sealed}x`,
      `${sealed}.extra`,
      "",
      undefined,
      "not-a-cookie",
      `${Buffer.from("{not json").toString("base64url")}.${signature}`,
    ]) {
      expect(openKnownDevice(value, SECRET)).toEqual([]);
    }
  });
});
