import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type LockEntry = { version?: string; link?: boolean };
const lock = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../package-lock.json"), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

describe("package-lock.json", () => {
  // npm 11.16+ refuses a lock holding versionless placeholders ("npm error Invalid Version:"), so
  // one left by an older npm would break `npm ci` on every fresh machine.
  it("gives every installed package a version", () => {
    const versionless = Object.entries(lock.packages)
      .filter(([location, entry]) => location !== "" && !entry.link && !entry.version)
      .map(([location]) => location);
    expect(versionless).toEqual([]);
  });

  it("is a version 3 lock", () => {
    expect(lock.lockfileVersion).toBe(3);
  });
});
