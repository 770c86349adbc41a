import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { posterKeyOf } from "./keys";
import { imageStorage } from "./media-storage";
import type { ImageStorage } from "./storage";
import { deleteImageFiles, deleteUnusedImageRows } from "./unused";

/** Older than this, an unused upload is abandoned; younger, it may be an upload still under way. */
export const SWEEP_GRACE_MS = 24 * 60 * 60_000;

const BATCH = 500;

/** Deletes the batch's files that belong to no image row; returns how many. */
async function deleteOwnerless(storage: ImageStorage, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db.image.findMany({
    where: { storageKey: { in: [...new Set(keys.map(posterKeyOf))] } },
    select: { storageKey: true },
  });
  const owned = new Set(rows.map(({ storageKey }) => storageKey));
  const orphans = keys.filter((key) => !owned.has(posterKeyOf(key)));
  await Promise.all(orphans.map((key) => storage.delete(key)));
  return orphans.length;
}

/**
 * Removes what refusals and interrupted uploads left behind, older than the grace period: image
 * rows nothing uses (unused.ts), then stored files no row owns, including half-written ones.
 * Works only through the storage interface, so it sweeps any backend.
 */
export async function sweepOrphanImages(
  options: { now?: Date; graceMs?: number; storage?: ImageStorage } = {},
): Promise<{ rows: number; files: number }> {
  const storage = options.storage ?? imageStorage();
  const cutoff = new Date((options.now ?? new Date()).getTime() - (options.graceMs ?? SWEEP_GRACE_MS));
  const keys = await deleteUnusedImageRows(Prisma.sql`i."createdAt" < ${cutoff}`);
  let files = await deleteImageFiles(storage, keys);
  let batch: string[] = [];
  for await (const { key, storedAt } of storage.list()) {
    if (storedAt >= cutoff) continue;
    batch.push(key);
    if (batch.length === BATCH) {
      files += await deleteOwnerless(storage, batch);
      batch = [];
    }
  }
  files += await deleteOwnerless(storage, batch);
  return { rows: keys.length, files };
}
