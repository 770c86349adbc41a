import { describe, expect, it } from "vitest";

import { authenticate, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { withTestDatabase } from "../../support/test-database";

// An attack spread over many addresses, at a smaller scale than the defaults so the test stays quick:
// 10 failures per account and address, 30 per address, 12 per account from browsers it does not know.
process.env.SIGN_IN_LIMIT_PER_ACCOUNT = "12";

const database = withTestDatabase();

const PASSWORD = "memories-1995";

async function attack(username: string, count: number, addressOf: (index: number) => string) {
  for (let index = 0; index < count; index += 1) {
    const result = await authenticate({ username, password: `guess-${index}`, clientAddress: addressOf(index) });
    expect(result.ok).toBe(false);
  }
}

describe("sign-in limits hand out no lockouts", () => {
  it("lets the owner in from their usual browser after an attack on their account from other addresses", async () => {
    await attack("admin", 15, (index) => `198.51.100.${index}`);
    const owner = await authenticate({
      username: "admin",
      password: PASSWORD,
      clientAddress: "203.0.113.10",
      knownDevice: true,
    });
    expect(owner).toMatchObject({ ok: true });
  });

  it("still stops the attack itself: past the account-wide limit, an unknown browser is refused", async () => {
    await attack("moderator", 12, (index) => `198.51.101.${index}`);
    const stranger = await authenticate({ username: "moderator", password: PASSWORD, clientAddress: "198.51.101.99" });
    expect(stranger).toEqual({ ok: false, message: expect.stringMatching(/^Too many failed sign-in attempts\./) });
  });

  it("lets the owner in from their own address even when another address used up its tries on the account", async () => {
    await attack("editor", 10, () => "192.0.2.66");
    expect(await authenticate({ username: "editor", password: PASSWORD, clientAddress: "192.0.2.66" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Too many/),
    });
    expect(await authenticate({ username: "editor", password: PASSWORD, clientAddress: "192.0.2.67" })).toMatchObject({
      ok: true,
    });
  });

  it("stops brute force from one address, known browser or not", async () => {
    await attack("shels", 10, () => "192.0.2.77");
    for (const knownDevice of [false, true]) {
      const result = await authenticate({
        username: "shels",
        password: "guess-again",
        clientAddress: "192.0.2.77",
        knownDevice,
      });
      expect(result).toEqual({ ok: false, message: expect.stringContaining("Try again in 15 minutes") });
      expect(result).not.toEqual({ ok: false, message: WRONG_CREDENTIALS });
    }
    expect(await database.prisma.rateLimitEvent.count({ where: { key: { contains: "192.0.2.77" } } })).toBeGreaterThan(
      0,
    );
  });
});
