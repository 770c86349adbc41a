import "server-only";
import { db } from "@/lib/db";
import { holdNameKeys } from "@/lib/users/name-keys";
import { isReservedKey, nameKey, nameKeysOf } from "@/lib/users/names";
import { DISPLAY_NAME_MAX, normalizeDisplayName } from "@/lib/users/schema";
import { normalizeUsername, USERNAME_PATTERN } from "./schema";

/** A valid username from an OAuth profile's name: "Kon Satoshi!" → "kon-satoshi", then "kon-satoshi-2". */
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

/**
 * The first candidate username that is free and looks like no one else's name, and the profile's
 * name as display name unless it is reserved or looks like someone else's (then the username).
 */
async function chooseNames(suggestedName: string) {
  const candidates = usernameCandidates(suggestedName).filter((name) => !isReservedKey(nameKey(name)));
  const displayName = normalizeDisplayName(suggestedName).slice(0, DISPLAY_NAME_MAX);
  const [users, keys] = await Promise.all([
    db.user.findMany({ where: { username: { in: candidates } }, select: { username: true } }),
    db.userNameKey.findMany({
      where: { key: { in: [...candidates, displayName].map(nameKey) } },
      select: { key: true },
    }),
  ]);
  const taken = new Set([...users.map((user) => user.username), ...keys.map((row) => row.key)]);
  const username =
    candidates.find((name) => !taken.has(name) && !taken.has(nameKey(name))) ?? `user-${Date.now().toString(36)}`;
  const displayKey = nameKey(displayName);
  const displayFree = displayKey === nameKey(username) || (!taken.has(displayKey) && !isReservedKey(displayKey));
  return { username, displayName: displayName && displayFree ? displayName : username };
}

/** The local user behind an OAuth identity, created on first sign-in. */
export async function findOrCreateOAuthUser(identity: {
  provider: string;
  providerAccountId: string;
  suggestedName: string;
  email: string | null;
}) {
  const linked = await db.account.findUnique({
    where: {
      provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId },
    },
    select: { userId: true },
  });
  if (linked) return { id: linked.userId };
  const { username, displayName } = await chooseNames(identity.suggestedName);
  // Stored lower-cased, as registration stores it, so the unique index holds across both paths.
  const email = identity.email?.trim().toLowerCase() || null;
  const emailFree = email && !(await db.user.findUnique({ where: { email } }));
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        username,
        displayName,
        email: emailFree ? email : null,
        accounts: { create: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
      },
      select: { id: true },
    });
    // Lost a race for a look-alike name: the sign-in fails and can simply be tried again.
    if ((await holdNameKeys(tx, user.id, nameKeysOf(username, displayName))).length > 0) {
      throw new Error(`Another account took the name ${username} at the same moment.`);
    }
    return user;
  });
}
