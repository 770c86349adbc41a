import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import type pg from "pg";

/** The session cookie next-auth reads over plain http (the benchmark's server is on loopback). */
export const SESSION_COOKIE = "next-auth.session-token";

/**
 * A signed-in user's cookie: a session row and the JWT naming it, as `startSession`
 * (lib/auth/session.ts) makes them after a sign-in, with the same claims, signed with the server's NEXTAUTH_SECRET. Checked against /api/viewer, so a
 * cookie the server would not accept fails here rather than measuring a signed-out page.
 */
export async function signedInCookie(options: {
  client: pg.ClientBase;
  origin: string;
  secret: string;
  username: string;
}): Promise<string> {
  const sessionId = randomBytes(32).toString("base64url");
  const { rows } = await options.client.query<{ userId: number }>(
    `INSERT INTO "Session" (id, "userId", "expiresAt")
     SELECT $1, id, now() + interval '1 day' FROM "User" WHERE username = $2
     RETURNING "userId"`,
    [sessionId, options.username],
  );
  const user = rows[0];
  if (!user) throw new Error(`The benchmark database has no user "${options.username}".`);
  const token = await encode({
    token: { sub: String(user.userId), sid: sessionId },
    secret: options.secret,
    maxAge: 24 * 60 * 60,
  });
  const cookie = `${SESSION_COOKIE}=${token}`;
  const response = await fetch(`${options.origin}/api/viewer`, { headers: { cookie } });
  const body = (await response.json()) as { viewer: { username: string } | null };
  if (body.viewer?.username !== options.username) {
    throw new Error(`The server did not accept the session cookie of "${options.username}".`);
  }
  return cookie;
}
