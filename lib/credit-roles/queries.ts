import "server-only";
import { db } from "@/lib/db";

/** The controlled vocabulary of staff roles, in display order, with how often each is used. */
export async function listCreditRoles() {
  const roles = await db.creditRole.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true, _count: { select: { credits: true } } },
  });
  return roles.map(({ _count, ...role }) => ({ ...role, credits: _count.credits }));
}
