import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { UserTable } from "@/components/users/user-table";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/queries";
import { countOf } from "@/lib/format/counts";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function AdminUsersRoute({ searchParams }: Props) {
  const user = await requireUser("/admin/users");
  if (!can(user, "user:list")) forbidden();
  const requested = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const { users, total, pages } = await listUsers(page);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Users</h1>
      <p className="text-stone-800">
        {countOf(total, "account")}. Roles: members propose edits; trusted editors&apos; edits apply at once; moderators
        review the queue; admins also manage roles.
      </p>
      <UserTable users={users} currentUserId={user.id} page={page} pages={pages} />
    </div>
  );
}
