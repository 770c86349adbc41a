import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { authSecret, secureCookies } from "./options";

/**
 * OWASP's "device cookie": a browser that has signed in to an account before says so with a cookie
 * only the server can make, and the account-wide sign-in limit does not apply to it. It names the
 * accounts (usernames, newest first) and carries an HMAC of them.
 */
const COOKIE = `${secureCookies ? "__Secure-" : ""}keyframe.known-device`;
const MAX_AGE = 365 * 24 * 60 * 60;
const MAX_ACCOUNTS = 5;

function signatureOf(payload: string, secret: string): Buffer {
  return createHmac("sha256", `known-device:${secret}`).update(payload).digest();
}

export function sealKnownDevice(usernames: string[], secret: string): string {
  const payload = Buffer.from(JSON.stringify(usernames.slice(0, MAX_ACCOUNTS))).toString("base64url");
  return `${payload}.${signatureOf(payload, secret).toString("base64url")}`;
}

/** The accounts a cookie value vouches for; none when it is missing, malformed or not signed by us. */
export function openKnownDevice(value: string | undefined, secret: string): string[] {
  const [payload, signature, ...rest] = (value ?? "").split(".");
  if (!payload || !signature || rest.length > 0) return [];
  const expected = signatureOf(payload, secret);
  const actual = Buffer.from(signature, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return [];
  try {
    const usernames: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return Array.isArray(usernames) ? usernames.filter((name): name is string => typeof name === "string") : [];
  } catch {
    return [];
  }
}

/** Whether this browser has signed in to the account before. */
export async function isKnownDevice(username: string): Promise<boolean> {
  const value = (await cookies()).get(COOKIE)?.value;
  return openKnownDevice(value, authSecret()).includes(username);
}

/** Called after a successful sign-in or registration. */
export async function rememberDevice(username: string): Promise<void> {
  const jar = await cookies();
  const known = openKnownDevice(jar.get(COOKIE)?.value, authSecret()).filter((name) => name !== username);
  jar.set(COOKIE, sealKnownDevice([username, ...known], authSecret()), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies,
    maxAge: MAX_AGE,
  });
}
