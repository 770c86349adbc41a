import { beforeAll, describe, expect, it } from "vitest";

import { hashPassword, verifyPassword } from "@/lib/auth/password";

// Each scrypt derivation takes about 0.3 s: hash once and reuse it.
const PASSWORD = "memories-1995";
let hash: string;

beforeAll(async () => {
  hash = await hashPassword(PASSWORD);
}, 30_000);

/** The hash with one field of `scrypt$N$r$p$salt$hash` replaced. */
function withField(index: number, value: string): string {
  const fields = hash.split("$");
  fields[index] = value;
  return fields.join("$");
}

/** A base64 string of the same length with its first byte changed. */
function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, "base64");
  bytes[0] = (bytes[0] ?? 0) ^ 0xff;
  return bytes.toString("base64");
}

describe("hashPassword", () => {
  it("encodes the scheme, OWASP's cost, a 16-byte salt and a 64-byte key, never the password", () => {
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
    const [, , , , salt = "", key = ""] = hash.split("$");
    expect(Buffer.from(salt, "base64")).toHaveLength(16);
    expect(Buffer.from(key, "base64")).toHaveLength(64);
    expect(hash).not.toContain(PASSWORD);
  });

  it("salts: two hashes of the same password differ", async () => {
    const again = await hashPassword(PASSWORD);
    expect(again).not.toBe(hash);
    expect(again.split("$")[4]).not.toBe(hash.split("$")[4]);
  });
});

describe("verifyPassword", () => {
  it("accepts the right password", async () => {
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
  });

  it("refuses a wrong password, including one differing only in case", async () => {
    expect(await verifyPassword("memories-1996", hash)).toBe(false);
    expect(await verifyPassword("MEMORIES-1995", hash)).toBe(false);
  });

  it("verifies NFKC-equivalent passwords", async () => {
    // Full-width forms are NFKC-equivalent to their ASCII counterparts.
    expect(await verifyPassword("ｍｅｍｏｒｉｅｓ－１９９５", hash)).toBe(true);
    const composed = await hashPassword("caf\u00e9-au-lait");
    expect(await verifyPassword("cafe\u0301-au-lait", composed)).toBe(true);
  });

  it("refuses a tampered hash or salt", async () => {
    expect(await verifyPassword(PASSWORD, withField(5, flipFirstByte(hash.split("$")[5] ?? "")))).toBe(false);
    expect(await verifyPassword(PASSWORD, withField(4, flipFirstByte(hash.split("$")[4] ?? "")))).toBe(false);
  });

  it("refuses a truncated key", async () => {
    const key = Buffer.from(hash.split("$")[5] ?? "", "base64");
    expect(await verifyPassword(PASSWORD, withField(5, key.subarray(0, 32).toString("base64")))).toBe(false);
  });

  it.each([
    "",
    "garbage",
    "scrypt",
    "scrypt$131072$8$1",
    "scrypt$131072$8$1$$",
    "bcrypt$131072$8$1$c2FsdA==$aGFzaA==",
    "$2b$12$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXY",
  ])("refuses the malformed hash %j", async (encoded) => {
    expect(await verifyPassword(PASSWORD, encoded)).toBe(false);
  });

  it.each([
    "scrypt$abc$8$1$c2FsdA==$aGFzaA==",
    "scrypt$3$8$1$c2FsdA==$aGFzaA==",
    "scrypt$1073741824$8$1$c2FsdA==$aGFzaA==",
  ])("answers false for a hash with malformed cost parameters (%s)", async (encoded) => {
    await expect(verifyPassword("any password", encoded)).resolves.toBe(false);
  });
});
