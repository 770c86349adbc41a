import type { Role } from "@/lib/auth/policy";
import { roleLabel } from "@/lib/auth/roles";

const STYLES: Record<Role, string> = {
  USER: "bg-stone-200 text-stone-900",
  TRUSTED: "bg-sky-100 text-sky-900",
  MODERATOR: "bg-amber-100 text-amber-900",
  ADMIN: "bg-rose-100 text-rose-900",
};

export function RoleBadge({ role }: { role: Role }) {
  return (
    <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ${STYLES[role]}`}>
      {roleLabel(role)}
    </span>
  );
}
