import "server-only";
import { AuthorizationError, requirePermission, type Actor } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ListError } from "./errors";

export type Tx = Prisma.TransactionClient;

/**
 * Locks the list for the rest of the transaction and checks that the actor owns it, so that
 * concurrent edits of one list (adds against the limit, reorders) run one after another.
 */
export async function lockOwnedList(tx: Tx, actor: Actor | null, listId: number) {
  requirePermission(actor, "list:edit:own");
  const [list] = await tx.$queryRaw<{ ownerId: number }[]>`
    SELECT "ownerId" FROM "List" WHERE id = ${listId} FOR UPDATE`;
  if (!list) throw ListError.of("list-gone");
  if (list.ownerId !== actor.id) throw new AuthorizationError("list:edit:own");
  return actor;
}
