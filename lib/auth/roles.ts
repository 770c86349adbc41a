import type { Role } from "@/lib/generated/prisma/enums";

const ROLE_LABELS: Record<Role, string> = {
  USER: "Member",
  TRUSTED: "Trusted editor",
  MODERATOR: "Moderator",
  ADMIN: "Admin",
};

/** A role as readers see it, wherever it is shown or chosen. */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
