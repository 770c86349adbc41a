import "server-only";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions, SESSION_MAX_AGE, sessionCookie } from "./options";

export type CurrentUser = { id: number; username: string; displayName: string; role: Role };

/**
 * The signed-in user, read fresh from the database so that a changed role applies at once and a
 * bumped session version signs every old session out. Null when signed out.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = Number(session?.userId);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, username: true, displayName: true, role: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session?.sessionVersion) return null;
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
});

/** For pages that need a session: sends a signed-out visitor to sign in, then back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** Signs the user in by setting the same JWT session cookie next-auth issues and reads. */
export async function startSession(user: { id: number; sessionVersion: number }): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const token = await encode({
    token: { sub: String(user.id), sv: user.sessionVersion },
    secret,
    maxAge: SESSION_MAX_AGE,
  });
  (await cookies()).set(sessionCookie.name, token, { ...sessionCookie.options, maxAge: SESSION_MAX_AGE });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookie.name);
}
