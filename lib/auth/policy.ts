import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

/** Everything a signed-in person may do, and which roles may do it. The one source of truth. */
const PERMISSIONS = {
  "submission:create": ["USER", "TRUSTED", "MODERATOR", "ADMIN"],
  "submission:auto-approve": ["TRUSTED", "MODERATOR", "ADMIN"],
  "submission:review": ["MODERATOR", "ADMIN"],
  "revision:revert": ["MODERATOR", "ADMIN"],
  // Uploads nobody has approved yet; their uploaders also see their own (canViewImage).
  "image:view-pending": ["MODERATOR", "ADMIN"],
  "credit-role:create": ["MODERATOR", "ADMIN"],
  "list:create": ["USER", "TRUSTED", "MODERATOR", "ADMIN"],
  // Editing is also limited to the list's owner, which each list mutation checks itself.
  "list:edit:own": ["USER", "TRUSTED", "MODERATOR", "ADMIN"],
  "list:like": ["USER", "TRUSTED", "MODERATOR", "ADMIN"],
  // Only one's own account, which the mutation checks by taking the actor as the account.
  "account:edit:own": ["USER", "TRUSTED", "MODERATOR", "ADMIN"],
  "account:password:own": ["USER", "TRUSTED", "MODERATOR", "ADMIN"],
  "user:list": ["ADMIN"],
  "user:set-role": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The acting user as the policy sees it. */
export type Actor = { id: number; role: Role };

export class AuthorizationError extends Error {
  constructor(public readonly permission: Permission) {
    super("You are not allowed to do this.");
  }
}

export function can(actor: Actor | null, permission: Permission): boolean {
  return actor !== null && (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

/** Throws unless the actor holds the permission; every mutation calls this before writing. */
export function requirePermission(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!can(actor, permission)) throw new AuthorizationError(permission);
}

/**
 * An approved image is everyone's; until then only its uploader and those who review it may see
 * it, so a refused or unreviewed upload is never published by its address alone.
 */
export function canViewImage(
  actor: Actor | null,
  image: { status: "PENDING" | "APPROVED"; uploadedById: number | null },
): boolean {
  if (image.status === "APPROVED") return true;
  return (actor !== null && actor.id === image.uploadedById) || can(actor, "image:view-pending");
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) =>
    (PERMISSIONS[permission] as readonly Role[]).includes(role),
  );
}

/**
 * Whether a change of role takes away anything the user could do. Sessions end on such a change
 * (a demoted or compromised account is signed out everywhere); a promotion keeps them, since the
 * role is read afresh on every request anyway.
 */
export function losesPermissions(from: Role, to: Role): boolean {
  const kept = permissionsOf(to);
  return permissionsOf(from).some((permission) => !kept.includes(permission));
}
