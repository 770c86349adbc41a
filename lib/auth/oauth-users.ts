import "server-only";
import { db } from "@/lib/db";
import { normalizeUsername, USERNAME_PATTERN } from "./schema";
import { DISPLAY_NAME_MAX, normalizeDisplayName } from "@/lib/users/schema";

/** A valid, free username from an OAuth profile's name: "Kon Satoshi!" → "kon-satoshi", then "kon-satoshi-2". */
export function usernameCandidates(suggested: string): string[] {
  const base =
    normalizeUsername(suggested)
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 28) || "user";
  const padded = base.length >= 3 ? base : `${base}-user`;
  return [padded, ...Array.from({ length: 20 }, (_, index) => `${padded}-${index + 2}`)].filter((name) =>
    USERNAME_PATTERN.test(name),
  );
}

/** The local user behind an OAuth identity, created on first sign-in. */
export async function findOrCreateOAuthUser(identity: {
  provider: string;
  providerAccountId: string;
  suggestedName: string;
  email: string | null;
}) {
  const select = { id: true, sessionVersion: true } as const;
  const linked = await db.account.findUnique({
    where: {
      provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId },
    },
    select: { user: { select } },
  });
  if (linked) return linked.user;
  const candidates = usernameCandidates(identity.suggestedName);
  const taken = new Set(
    (await db.user.findMany({ where: { username: { in: candidates } }, select: { username: true } })).map(
      (user) => user.username,
    ),
  );
  const username = candidates.find((candidate) => !taken.has(candidate)) ?? `user-${Date.now().toString(36)}`;
  // Stored lower-cased, as registration stores it, so the unique index holds across both paths.
  const email = identity.email?.trim().toLowerCase() || null;
  const emailFree = email && !(await db.user.findUnique({ where: { email } }));
  return db.user.create({
    data: {
      username,
      displayName: normalizeDisplayName(identity.suggestedName).slice(0, DISPLAY_NAME_MAX) || username,
      email: emailFree ? email : null,
      accounts: { create: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
    },
    select,
  });
}
