import { countOf } from "@/lib/format/counts";

type Role = { id: number; name: string; credits: number };

export function RoleList({ roles }: { roles: Role[] }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
      {roles.map((role) => (
        <li key={role.id} className="flex justify-between gap-4 p-3">
          <span className="font-medium">{role.name}</span>
          <span className="text-stone-700">{countOf(role.credits, "credit")}</span>
        </li>
      ))}
    </ul>
  );
}
