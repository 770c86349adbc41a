import Link from "next/link";
import type { Role } from "@/lib/auth/policy";
import { ChangeRoleForm } from "./change-role-form";
import { RoleBadge } from "./role-badge";
import { ScrollableTable } from "@/components/ui/scrollable-table";

type Row = { id: number; username: string; displayName: string; role: Role; createdAt: Date };

const joined = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function UserTable({
  users,
  currentUserId,
  page,
  pages,
}: {
  users: Row[];
  currentUserId: number;
  page: number;
  pages: number;
}) {
  return (
    <div className="space-y-4">
      <ScrollableTable label="Accounts, newest first">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Accounts, newest first</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="p-3">
                User
              </th>
              <th scope="col" className="p-3">
                Joined
              </th>
              <th scope="col" className="p-3">
                Role
              </th>
              <th scope="col" className="p-3">
                Change role
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row" className="p-3 font-normal">
                  <Link href={`/users/${user.username}`} className="font-semibold">
                    {user.displayName}
                  </Link>{" "}
                  <span className="text-stone-700">@{user.username}</span>
                </th>
                <td className="p-3">{joined.format(user.createdAt)}</td>
                <td className="p-3">
                  <RoleBadge role={user.role} />
                </td>
                <td className="p-3">
                  {user.id === currentUserId ? (
                    <span className="text-stone-700">That is you</span>
                  ) : (
                    <ChangeRoleForm username={user.username} role={user.role} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-4">
          {page > 1 ? <Link href={`/admin/users?page=${page - 1}`}>Previous page</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={`/admin/users?page=${page + 1}`}>Next page</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
