import { describe, expect, it } from "vitest";

import { authenticate, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { withTestDatabase } from "../../support/test-database";

// Every test uses its own addresses and accounts, so that their attempts do not add up. The limits:
// 10 per account and address (the default), 10 per address and 10 per account from browsers that
// have not signed in to it before, all in 15 minutes.
process.env.SIGN_IN_LIMIT_PER_ADDRESS = "10";
process.env.SIGN_IN_LIMIT_PER_ACCOUNT = "10";
process.env.SIGN_IN_ACCOUNT_WINDOW_MINUTES = "15";

const database = withTestDatabase();

const PASSWORD = "memories-1995";

async function failTimes(count: number, attempt: (index: number) => { username: string; clientAddress: string }) {
  for (let index = 0; index < count; index += 1) {
    const result = await authenticate({ ...attempt(index), password: `wrong-password-${index}` });
    expect(result).toEqual({ ok: false, message: WRONG_CREDENTIALS });
  }
}

describe("authenticate", () => {
  it("accepts the right password, whatever the username's width and case", async () => {
    const editor = await database.prisma.user.findUniqueOrThrow({ where: { username: "editor" } });
    const expected = { ok: true, user: { id: editor.id, username: "editor" } };
    expect(await authenticate({ username: "editor", password: PASSWORD, clientAddress: "203.0.113.1" })).toEqual(
      expected,
    );
    expect(
      await authenticate({ username: " Ｅｄｉｔｏｒ ", password: PASSWORD, clientAddress: "203.0.113.1" }),
    ).toEqual(expected);
  });

  it("gives a wrong password and an unknown user exactly the same answer", async () => {
    const wrongPassword = await authenticate({
      username: "editor",
      password: "memories-1996",
      clientAddress: "203.0.113.2",
    });
    const unknownUser = await authenticate({
      username: "nobody-here",
      password: PASSWORD,
      clientAddress: "203.0.113.2",
    });
    expect(wrongPassword).toEqual({ ok: false, message: "Wrong username or password." });
    expect(unknownUser).toEqual(wrongPassword);
  });

  it("refuses users without a password, even with the decoy password", async () => {
    for (const password of [PASSWORD, "keyframe-decoy-password", ""]) {
      expect(await authenticate({ username: "obsidian609", password, clientAddress: "203.0.113.3" })).toEqual({
        ok: false,
        message: WRONG_CREDENTIALS,
      });
    }
  });

  it("counts each failure once per account and address, per address and per account", async () => {
    const keys = ["sign-in:account-address:shels:203.0.113.4", "sign-in:address:203.0.113.4", "sign-in:account:shels"];
    await authenticate({ username: "Shels", password: "nope-nope-nope", clientAddress: "203.0.113.4" });
    const events = await database.prisma.rateLimitEvent.findMany({ where: { key: { in: keys } } });
    expect(events.map((event) => event.key).sort()).toEqual(keys.sort());
  });

  it("does not count a successful sign-in", async () => {
    await authenticate({ username: "editor", password: PASSWORD, clientAddress: "203.0.113.5" });
    expect(await database.prisma.rateLimitEvent.count({ where: { key: "sign-in:address:203.0.113.5" } })).toBe(0);
  });

  it("refuses an account to unknown browsers after 10 failures from different addresses", async () => {
    // The account key is the normalised name: "MODERATOR" and "moderator" share the limit.
    await failTimes(9, (index) => ({
      username: index % 2 ? "MODERATOR" : "moderator",
      clientAddress: `198.51.100.${index}`,
    }));
    // The 10th attempt is still allowed.
    expect(
      await authenticate({ username: "moderator", password: PASSWORD, clientAddress: "198.51.100.50" }),
    ).toMatchObject({ ok: true });
    await failTimes(1, () => ({ username: "moderator", clientAddress: "198.51.100.9" }));

    const refused = await authenticate({ username: "moderator", password: PASSWORD, clientAddress: "198.51.100.51" });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.message).toContain("Too many failed sign-in attempts.");
    expect(refused.message).toContain("Try again in 15 minutes");
    expect(refused.message).not.toBe(WRONG_CREDENTIALS);
    // A refused attempt is not counted again.
    expect(await database.prisma.rateLimitEvent.count({ where: { key: "sign-in:account:moderator" } })).toBe(10);

    // The addresses, with one failure each, are not blocked for other accounts.
    expect(await authenticate({ username: "editor", password: PASSWORD, clientAddress: "198.51.100.0" })).toMatchObject(
      {
        ok: true,
      },
    );
  });

  it("refuses an address after 10 failures, for any account, while other addresses still get in", async () => {
    await failTimes(10, (index) => ({ username: `ghost-${index}`, clientAddress: "192.0.2.50" }));
    const refused = await authenticate({ username: "admin", password: PASSWORD, clientAddress: "192.0.2.50" });
    expect(refused).toEqual({ ok: false, message: expect.stringContaining("Try again in 15 minutes") });
    expect(await authenticate({ username: "admin", password: PASSWORD, clientAddress: "192.0.2.51" })).toMatchObject({
      ok: true,
    });
  });

  it("forgets attempts older than the window", async () => {
    const old = new Date(Date.now() - 16 * 60_000);
    await database.prisma.rateLimitEvent.createMany({
      data: Array.from({ length: 10 }, () => [
        { key: "sign-in:account:admin", createdAt: old },
        { key: "sign-in:address:192.0.2.60", createdAt: old },
      ]).flat(),
    });
    expect(await authenticate({ username: "admin", password: PASSWORD, clientAddress: "192.0.2.60" })).toMatchObject({
      ok: true,
    });

    // The next failure also deletes the expired attempts of its keys.
    await failTimes(1, () => ({ username: "admin", clientAddress: "192.0.2.60" }));
    const left = await database.prisma.rateLimitEvent.findMany({
      where: { key: { in: ["sign-in:account:admin", "sign-in:address:192.0.2.60"] } },
    });
    expect(left).toHaveLength(2);
    expect(left.every((event) => event.createdAt > old)).toBe(true);
  });

  it("holds the limit against concurrent attempts", async () => {
    const results = await Promise.all(
      Array.from({ length: 14 }, (_, index) =>
        authenticate({ username: "moderator", password: `burst-${index}`, clientAddress: `198.51.100.${index + 1}` }),
      ),
    );
    const evaluated = results.filter((result) => !result.ok && result.message === WRONG_CREDENTIALS);
    expect(evaluated.length).toBeLessThanOrEqual(10);
    expect(results.filter((result) => !result.ok && result.message.startsWith("Too many")).length).toBeGreaterThan(0);
    expect(
      await database.prisma.rateLimitEvent.count({ where: { key: "sign-in:account:moderator" } }),
    ).toBeLessThanOrEqual(10);
  });
});
