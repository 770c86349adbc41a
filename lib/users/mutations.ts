import "server-only";
import { losesPermissions, requirePermission, type Actor } from "@/lib/auth/policy";
import { revokeSessionsOf } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/forms/form-state";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Gives a user a role; a role that takes permissions away also ends their sessions. Admins cannot
 * change their own, so a site never loses its last admin by accident.
 */
export async function setUserRole(actor: Actor | null, username: string, role: Role) {
  requirePermission(actor, "user:set-role");
  const user = await db.user.findUnique({ where: { username }, select: { id: true, role: true } });
  if (!user) throw new FieldError("username", `There is no user called ${username}.`);
  if (user.id === actor.id) throw new FieldError("role", "You cannot change your own role; ask another admin.");
  const [updated] = await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { role }, select: { username: true, role: true } }),
    ...(losesPermissions(user.role, role) ? [revokeSessionsOf(user.id)] : []),
  ]);
  return updated;
}
