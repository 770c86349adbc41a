import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { thumbnailKey } from "./keys";
import type { ImageStorage } from "./storage";

/**
 * An upload is in use while it is public (a revision put it on its film) or an open submission
 * still proposes it; anything else was refused, withdrawn, replaced or abandoned.
 */
const UNUSED = Prisma.sql`i."status" = 'PENDING'
  AND NOT EXISTS (SELECT 1 FROM "Film" f WHERE f."posterId" = i."id")
  AND NOT EXISTS (
    SELECT 1 FROM "Submission" s
    WHERE s."status" IN ('PENDING', 'CONFLICT') AND s."section" = 'poster'
      AND s."changes" -> 'posterId' ->> 'after' = i."id"::text
  )`;

/**
 * Deletes the unused images among those `which` picks and returns their storage keys. The rows are
 * locked first: a submission proposing one holds it FOR SHARE (lib/submissions/sections/poster/definition.ts),
 * so it either commits before the check, which then sees it, or finds the image gone.
 */
export async function deleteUnusedImageRows(which: Prisma.Sql): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: number }[]>`
      SELECT i."id" FROM "Image" i WHERE ${which} AND i."status" = 'PENDING' FOR UPDATE`;
    if (locked.length === 0) return [];
    const deleted = await tx.$queryRaw<{ storageKey: string }[]>`
      DELETE FROM "Image" i WHERE i."id" = ANY(${locked.map(({ id }) => id)}::int[]) AND ${UNUSED}
      RETURNING i."storageKey"`;
    return deleted.map(({ storageKey }) => storageKey);
  });
}

/** Removes the stored sizes of deleted images; returns how many files it removed. */
export async function deleteImageFiles(storage: ImageStorage, storageKeys: string[]): Promise<number> {
  const keys = storageKeys.flatMap((key) => [key, thumbnailKey(key)]);
  await Promise.all(keys.map((key) => storage.delete(key)));
  return keys.length;
}
