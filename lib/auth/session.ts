import "server-only";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions, authSecret, sessionCookie } from "./options";
import { withReturnPath } from "./return-path";
import { createSession, readSession, revokeSession, SESSION_MAX_AGE } from "./sessions";

export type CurrentUser = { id: number; username: string; displayName: string; role: Role };

/** The signed-in user and the session they are signed in with. */
export type SignedIn = CurrentUser & { sessionId: string };

/**
 * The signed-in user, read fresh from the database with their session in one query, so that a
 * changed role applies at once and an ended session (signed out, password changed, role changed)
 * is signed out everywhere its cookie was copied to. Null when signed out.
 */
export const getCurrentUser = cache(async (): Promise<SignedIn | null> => {
  const session = await getServerSession(authOptions);
  const userId = Number(session?.userId);
  const sessionId = session?.sessionId;
  if (!sessionId || !Number.isInteger(userId) || userId <= 0) return null;
  const user = await readSession(sessionId, userId);
  return user && { ...user, sessionId };
});

/** For pages that need a session: sends a signed-out visitor to sign in, then back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SignedIn> {
  const user = await getCurrentUser();
  if (!user) redirect(withReturnPath("/sign-in", returnTo));
  return user;
}

/** Signs the user in: a new session row, named by the same JWT session cookie next-auth issues and reads. */
export async function startSession(userId: number): Promise<void> {
  const token = await encode({
    token: { sub: String(userId), sid: await createSession(userId) },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE,
  });
  (await cookies()).set(sessionCookie.name, token, { ...sessionCookie.options, maxAge: SESSION_MAX_AGE });
}

/** Signs this browser out: its session row goes, so a copy of the cookie stops working too. */
export async function endSession(): Promise<void> {
  const session = await getServerSession(authOptions);
  if (session?.sessionId) await revokeSession(session.sessionId);
  (await cookies()).delete(sessionCookie.name);
}
