import "server-only";
import { db } from "@/lib/db";
import { thumbnailKey } from "./keys";

/** Where an image's list-sized copy is served, for pages that know only its id, such as a submission's diff. */
export async function getThumbnailPath(imageId: number): Promise<string | null> {
  const image = await db.image.findUnique({ where: { id: imageId }, select: { storageKey: true } });
  return image ? `/media/${thumbnailKey(image.storageKey)}` : null;
}
