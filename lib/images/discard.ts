import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { imageStorage } from "./media-storage";
import { deleteImageFiles, deleteUnusedImageRows } from "./unused";

/** The upload a submission proposes, if any: only the poster section names one. */
export function proposedImageIds(submission: { section: string; changes: unknown }): number[] {
  if (submission.section !== "poster") return [];
  const after = (submission.changes as { posterId?: { after?: unknown } } | null)?.posterId?.after;
  return typeof after === "number" ? [after] : [];
}

/**
 * Removes the images a refused, withdrawn or amended submission proposed, unless something else
 * still uses them. Called after the refusal commits and never undoes it: whatever fails here is
 * left for the sweep (sweep.ts).
 */
export async function discardUnusedImages(imageIds: number[]): Promise<void> {
  if (imageIds.length === 0) return;
  try {
    const keys = await deleteUnusedImageRows(Prisma.sql`i."id" = ANY(${imageIds}::int[])`);
    await deleteImageFiles(imageStorage(), keys);
  } catch (error) {
    console.warn(`Could not remove unused images ${imageIds.join(", ")}; the media sweep will:`, error);
  }
}
