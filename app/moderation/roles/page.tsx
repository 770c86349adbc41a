import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { AddRoleForm } from "@/components/credit-roles/add-role-form";
import { RoleList } from "@/components/credit-roles/role-list";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { listCreditRoles } from "@/lib/credit-roles/queries";
import { countOf } from "@/lib/format/counts";

export const metadata: Metadata = { title: "Credit roles" };

export default async function CreditRolesRoute() {
  const user = await requireUser("/moderation/roles");
  if (!can(user, "credit-role:create")) forbidden();
  const roles = await listCreditRoles();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Credit roles</h1>
      <p className="max-w-2xl text-stone-800">
        Staff credits choose their role from this list, so that the same job always has the same name.
      </p>
      <Section id="add-role" title="Add a role">
        <AddRoleForm />
      </Section>
      <Section id="roles" title={countOf(roles.length, "role")}>
        <RoleList roles={roles} />
      </Section>
    </div>
  );
}
