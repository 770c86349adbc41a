import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

/**
 * Records a new signed-in browser and returns the id its cookie carries. The user's sessions that
 * have expired are deleted on the way, so the table holds little more than live sessions.
 */
export async function createSession(userId: number, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    db.session.create({ data: { id, userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE * 1000) } }),
  ]);
  return id;
}

/**
 * The user a session cookie names, with their session checked in the same query: null once the
 * session has ended (signed out, revoked, expired) or when it belongs to someone else.
 */
export async function readSession(sessionId: string, userId: number, now = new Date()) {
  const found = await db.session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, user: { select: { id: true, username: true, displayName: true, role: true } } },
  });
  if (!found || found.user.id !== userId || found.expiresAt <= now) return null;
  return found.user;
}

export async function revokeSession(id: string): Promise<void> {
  await db.session.deleteMany({ where: { id } });
}

/** Every session of the user's, except the one given; as part of a write that needs them ended. */
export function revokeSessionsOf(userId: number, except?: string): Prisma.PrismaPromise<Prisma.BatchPayload> {
  return db.session.deleteMany({ where: { userId, ...(except ? { NOT: { id: except } } : {}) } });
}
