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
  { ok: true; user: { id: number; username: string; sessionVersion: number } } | { ok: false; message: string };

function signInRules(username: string, clientAddress: string): RateLimitRule[] {
  const { SIGN_IN_LIMIT_PER_ACCOUNT, SIGN_IN_LIMIT_PER_ADDRESS, SIGN_IN_WINDOW_MINUTES } = config();
  const windowMs = SIGN_IN_WINDOW_MINUTES * 60_000;
  return [
    { key: `sign-in:account:${username}`, limit: SIGN_IN_LIMIT_PER_ACCOUNT, windowMs },
    { key: `sign-in:address:${clientAddress}`, limit: SIGN_IN_LIMIT_PER_ADDRESS, windowMs },
  ];
}

/** Checks a username and password, within the per-account and per-address attempt limits. */
export async function authenticate(input: {
  username: string;
  password: string;
  clientAddress: string;
}): Promise<AuthenticationResult> {
  const username = normalizeUsername(input.username);
  const attempt = await reserveAttempt(signInRules(username, input.clientAddress));
  if (attempt.limited) {
    return { ok: false, message: `Too many failed sign-in attempts. ${retryMessage(attempt.retryAt)}` };
  }
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, username: true, passwordHash: true, sessionVersion: true },
  });
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  if (!user?.passwordHash || !valid) return { ok: false, message: WRONG_CREDENTIALS };
  // Only failures count against the limits.
  await attempt.release();
  return { ok: true, user: { id: user.id, username: user.username, sessionVersion: user.sessionVersion } };
}

/** The client's address as the server in front of Next reports it. */
export function clientAddressOf(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
