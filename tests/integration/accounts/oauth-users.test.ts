import { describe, expect, it } from "vitest";

import { findOrCreateOAuthUser } from "@/lib/auth/oauth-users";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();

describe("findOrCreateOAuthUser", () => {
  it("creates a user and its Account on first sign-in, then finds the same user", async () => {
    const identity = {
      provider: "github",
      providerAccountId: "1001",
      suggestedName: "Kon Satoshi",
      email: "kon@example.com",
    };
    const created = await findOrCreateOAuthUser(identity);
    expect(created).toEqual({ id: expect.any(Number) });

    const user = await database.prisma.user.findUniqueOrThrow({
      where: { id: created.id },
      include: { accounts: true },
    });
    expect(user).toMatchObject({
      username: "kon-satoshi",
      displayName: "Kon Satoshi",
      email: "kon@example.com",
      passwordHash: null,
      role: "USER",
    });
    expect(user.accounts).toEqual([
      expect.objectContaining({ provider: "github", providerAccountId: "1001", userId: created.id }),
    ]);

    const users = await database.prisma.user.count();
    // The profile may have changed since: the identity, not the name, finds the user.
    expect(await findOrCreateOAuthUser({ ...identity, suggestedName: "Someone Else", email: null })).toEqual(created);
    expect(await database.prisma.user.count()).toBe(users);
    expect(await database.prisma.account.count({ where: { userId: created.id } })).toBe(1);
  });

  it("keeps identities of different providers apart", async () => {
    const github = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "2002",
      suggestedName: "twin",
      email: null,
    });
    const discord = await findOrCreateOAuthUser({
      provider: "discord",
      providerAccountId: "2002",
      suggestedName: "twin",
      email: null,
    });
    expect(discord.id).not.toBe(github.id);
    const names = await database.prisma.user.findMany({
      where: { id: { in: [github.id, discord.id] } },
      orderBy: { id: "asc" },
      select: { username: true },
    });
    expect(names).toEqual([{ username: "twin" }, { username: "twin-2" }]);
  });

  it("adds a suffix to a name that collides with an existing username, in any case, and does not show it", async () => {
    const first = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "3003",
      suggestedName: "Editor",
      email: null,
    });
    const second = await findOrCreateOAuthUser({
      provider: "discord",
      providerAccountId: "3003",
      suggestedName: "ＥＤＩＴＯＲ",
      email: null,
    });
    const users = await database.prisma.user.findMany({
      where: { id: { in: [first.id, second.id] } },
      orderBy: { id: "asc" },
      select: { username: true, displayName: true },
    });
    // "Editor" is another user's name: shown as it stands, it would pass for theirs.
    expect(users).toEqual([
      { username: "editor-2", displayName: "editor-2" },
      { username: "editor-3", displayName: "editor-3" },
    ]);
  });

  it("falls back to a generated name when every candidate is taken", async () => {
    await database.prisma.user.createMany({
      data: ["busy", ...Array.from({ length: 20 }, (_, index) => `busy-${index + 2}`)].map((username) => ({
        username,
        displayName: username,
      })),
    });
    const created = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "4004",
      suggestedName: "Busy",
      email: null,
    });
    const user = await database.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user.username).toMatch(/^user-[a-z0-9]+$/);
    expect(user.displayName).toBe(user.username);
  });

  it("names a user whose profile has no usable name", async () => {
    const created = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "5005",
      suggestedName: "今敏",
      email: null,
    });
    const user = await database.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user).toMatchObject({ username: "user", displayName: "今敏" });
    const nameless = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "5006",
      suggestedName: "  ",
      email: null,
    });
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: nameless.id } })).toMatchObject({
      username: "user-2",
      displayName: "user-2",
    });
  });

  it("does not copy an email that another account already uses", async () => {
    await database.prisma.user.create({
      data: { username: "mail-owner", displayName: "Mail Owner", email: "owner@example.com" },
    });
    const created = await findOrCreateOAuthUser({
      provider: "discord",
      providerAccountId: "6006",
      suggestedName: "Newcomer",
      email: "owner@example.com",
    });
    const user = await database.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user).toMatchObject({ username: "newcomer", email: null });
    expect(await database.prisma.user.count({ where: { email: "owner@example.com" } })).toBe(1);
  });

  it("does not copy an email that another account uses in a different letter case", async () => {
    const created = await findOrCreateOAuthUser({
      provider: "discord",
      providerAccountId: "6107",
      suggestedName: "Case Tester",
      email: "Owner@Example.com",
    });
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ email: null });
    const later = await findOrCreateOAuthUser({
      provider: "discord",
      providerAccountId: "6108",
      suggestedName: "Later",
      email: "Later@Example.com",
    });
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({
      email: "later@example.com",
    });
  });

  it("shows neither a reserved name nor a look-alike of someone's display name, and holds the names it gives", async () => {
    const staff = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "7007",
      suggestedName: "\uFEFFＡｄｍｉｎ",
      email: null,
    });
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({
      username: "admin-2",
      displayName: "admin-2",
    });
    const lookalike = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "7008",
      suggestedName: "MANDATORY  network",
      email: null,
    });
    expect(await database.prisma.user.findUniqueOrThrow({ where: { id: lookalike.id } })).toMatchObject({
      username: "mandatory-network-2",
      displayName: "mandatory-network-2",
    });
    const keys = await database.prisma.userNameKey.findMany({ where: { userId: lookalike.id }, select: { key: true } });
    expect(keys).toEqual([{ key: "mandatorynetwork2" }]);
  });
});
