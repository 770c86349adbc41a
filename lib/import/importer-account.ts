import type { Prisma } from "@/lib/generated/prisma/client";
import { nameKeysOf } from "@/lib/users/names";

export const IMPORTER_USERNAME = "bangumi-data";
const IMPORTER_DISPLAY_NAME = "bangumi-data importer";

/**
 * The account the importer's revisions and submissions are by: created on first use, with no
 * password and no e-mail, so nobody can sign in as it; its names are held like anyone's.
 */
export async function importerAccount(tx: Prisma.TransactionClient): Promise<number> {
  const existing = await tx.user.findUnique({ where: { username: IMPORTER_USERNAME }, select: { id: true } });
  if (existing) return existing.id;
  const user = await tx.user.create({
    data: { username: IMPORTER_USERNAME, displayName: IMPORTER_DISPLAY_NAME, passwordHash: null },
    select: { id: true },
  });
  await tx.userNameKey.createMany({
    data: nameKeysOf(IMPORTER_USERNAME, IMPORTER_DISPLAY_NAME).map((key) => ({ key, userId: user.id })),
    skipDuplicates: true,
  });
  return user.id;
}
