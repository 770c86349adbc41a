"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { ROLES } from "@/lib/auth/schema";
import type { Role } from "@/lib/auth/policy";
import { roleLabel } from "@/lib/auth/roles";
import { changeUserRole } from "@/lib/users/actions";

export function ChangeRoleForm({ username, role }: { username: string; role: Role }) {
  const id = `role-${username}`;
  const [state, action, pending] = useFormAction(changeUserRole, null, id);
  const error = state && !state.ok ? Object.values(state.fieldErrors).flat().join(" ") : "";
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="username" value={username} />
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          Role for {username}
        </label>
        <select
          id={id}
          name="role"
          defaultValue={state && !state.ok ? state.values.role : role}
          aria-describedby={error ? `${id}-error` : undefined}
          className="rounded-md border border-stone-400 bg-white px-2 py-1"
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {roleLabel(option)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className="rounded-md border border-stone-400 px-3 py-1 font-medium">
          {pending ? "Saving…" : "Save"}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <FormMessage state={state} />
    </form>
  );
}
