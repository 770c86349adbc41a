import "server-only";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/forms/form-state";
import { RateLimitedError, reserveAttempt } from "@/lib/rate-limit";
import { isCommonPassword } from "./common-passwords";
import { COMMON_PASSWORD } from "./mutations";
import { hashPassword, verifyPassword } from "./password";
import { requirePermission, type Actor } from "./policy";
import type { ChangePasswordInput } from "./schema";
import { revokeSessionsOf } from "./sessions";

/**
 * Changes the actor's own password and ends every other session of theirs; `sessionId`, the one
 * asking, stays. Wrong current passwords are limited as sign-ins from one place are, so a borrowed
 * session cannot guess its way to the password.
 */
export async function changePassword(actor: Actor | null, sessionId: string, input: ChangePasswordInput) {
  requirePermission(actor, "account:password:own");
  const { SIGN_IN_LIMIT_PER_ACCOUNT_AND_ADDRESS, SIGN_IN_WINDOW_MINUTES } = config();
  const attempt = await reserveAttempt([
    {
      key: `password-change:user:${actor.id}`,
      limit: SIGN_IN_LIMIT_PER_ACCOUNT_AND_ADDRESS,
      windowMs: SIGN_IN_WINDOW_MINUTES * 60_000,
    },
  ]);
  if (attempt.limited) throw new RateLimitedError("Too many wrong current passwords.", attempt.retryAt);
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!passwordHash) {
    throw new FieldError("currentPassword", "Your account has no password: you sign in with GitHub or Discord.");
  }
  if (!(await verifyPassword(input.currentPassword, passwordHash))) {
    throw new FieldError("currentPassword", "That is not your current password.");
  }
  await attempt.release();
  if (isCommonPassword(input.password)) throw new FieldError("password", COMMON_PASSWORD);
  const newHash = await hashPassword(input.password);
  await db.$transaction([
    db.user.update({ where: { id: actor.id }, data: { passwordHash: newHash } }),
    revokeSessionsOf(actor.id, sessionId),
  ]);
}
