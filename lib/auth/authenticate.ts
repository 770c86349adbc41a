import "server-only";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { reserveAttempt, retryMessage, type RateLimitRule } from "@/lib/rate-limit";
import { hashPassword, verifyPassword } from "./password";
import { normalizeUsername } from "./schema";

export const WRONG_CREDENTIALS = "Wrong username or password.";

// Verified against when the username is unknown, so that an unknown user takes as long as a
// wrong password and the two cannot be told apart.
const decoyHash = hashPassword("keyframe-decoy-password");

export type AuthenticationResult =
  { ok: true; user: { id: number; username: string } } | { ok: false; message: string };

/**
 * Failures are limited per account and address (guessing one password from one place), per address
 * (trying many accounts from one place), and, more slowly, per account from anywhere (guessing from
 * many places). The last one is not applied to a browser that has signed in to the account before:
 * an attack from elsewhere cannot lock the owner out of their usual browser.
 */
function signInRules(username: string, clientAddress: string, knownDevice: boolean): RateLimitRule[] {
  const limits = config();
  const windowMs = limits.SIGN_IN_WINDOW_MINUTES * 60_000;
  const rules = [
    {
      key: `sign-in:account-address:${username}:${clientAddress}`,
      limit: limits.SIGN_IN_LIMIT_PER_ACCOUNT_AND_ADDRESS,
      windowMs,
    },
    { key: `sign-in:address:${clientAddress}`, limit: limits.SIGN_IN_LIMIT_PER_ADDRESS, windowMs },
  ];
  if (knownDevice) return rules;
  const accountWindowMs = limits.SIGN_IN_ACCOUNT_WINDOW_MINUTES * 60_000;
  return [
    ...rules,
    { key: `sign-in:account:${username}`, limit: limits.SIGN_IN_LIMIT_PER_ACCOUNT, windowMs: accountWindowMs },
  ];
}

/** Checks a username and password, within the sign-in limits; `knownDevice`: see known-device.ts. */
export async function authenticate(input: {
  username: string;
  password: string;
  clientAddress: string;
  knownDevice?: boolean;
}): Promise<AuthenticationResult> {
  const username = normalizeUsername(input.username);
  const attempt = await reserveAttempt(signInRules(username, input.clientAddress, input.knownDevice ?? false));
  if (attempt.limited) {
    return { ok: false, message: `Too many failed sign-in attempts. ${retryMessage(attempt.retryAt)}` };
  }
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, username: true, passwordHash: true },
  });
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  if (!user?.passwordHash || !valid) return { ok: false, message: WRONG_CREDENTIALS };
  // Only failures count against the limits.
  await attempt.release();
  return { ok: true, user: { id: user.id, username: user.username } };
}
