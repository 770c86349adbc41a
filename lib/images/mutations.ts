import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { createSubmission, withinSubmissionLimit } from "@/lib/submissions/mutations/submit-edit";
import type { EditMeta } from "@/lib/submissions/schema";
import { posterKey, thumbnailKey } from "./keys";
import { processPoster } from "./process-upload";
import { imageStorage } from "./media-storage";

type PosterEdit = { filmId: number; bytes: Uint8Array; caption: string; meta: EditMeta };

/**
 * Uploads a poster and proposes it as the film's poster. The image is stored and recorded as one
 * of the film's images at once, but private (lib/images/serve.ts) until the submission, once
 * approved, puts it on the page. If the submission is refused (nothing changed, say), what this
 * call stored goes again. Every cheap refusal comes before decoding the picture, the costly part:
 * the hour's submission limit, then the file's size and the pixel count its header gives.
 */
export async function submitPosterUpload(actor: Actor | null, input: PosterEdit) {
  requirePermission(actor, "submission:create");
  return withinSubmissionLimit(actor, () => storePosterAndSubmit(actor, input));
}

async function storePosterAndSubmit(actor: Actor, input: PosterEdit) {
  const processed = await processPoster(input.bytes);
  const key = posterKey(input.filmId, processed.contentHash, processed.extension);
  // The same picture uploaded again for the same film is the same key: it reuses that image, and
  // must then never remove it, since it may already be the poster or another submission's.
  const existing = await db.image.findUnique({ where: { storageKey: key }, select: { id: true } });
  if (existing) return createSubmission(actor, posterEdit(input, existing.id));

  const storage = imageStorage();
  const stored = [
    { key, image: processed.poster },
    { key: thumbnailKey(key), image: processed.thumbnail },
  ];
  const discard = () => Promise.all(stored.map(({ key: storedKey }) => storage.delete(storedKey)));
  let imageId: number | undefined;
  try {
    await Promise.all(
      stored.map(({ key: storedKey, image }) => storage.put(storedKey, image.bytes, processed.mimeType)),
    );
    const image = await db.image.create({
      data: {
        storageKey: key,
        mimeType: processed.mimeType,
        width: processed.poster.width,
        height: processed.poster.height,
        byteSize: processed.poster.bytes.byteLength,
        caption: input.caption,
        filmId: input.filmId,
        uploadedById: actor.id,
      },
      select: { id: true },
    });
    imageId = image.id;
    return await createSubmission(actor, posterEdit(input, image.id));
  } catch (error) {
    if (imageId !== undefined) await db.image.delete({ where: { id: imageId } });
    await discard();
    throw error;
  }
}

function posterEdit(input: PosterEdit, posterId: number) {
  return {
    entityType: "FILM" as const,
    entityId: input.filmId,
    section: "poster",
    values: { posterId },
    meta: input.meta,
  };
}
