import "server-only";
import { canViewImage, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { parseId } from "@/lib/ids";
import { isStorageKey, posterKeyOf, thumbnailKey } from "./keys";
import { imageStorage } from "./media-storage";

/** The session, read only for an image that is not public yet: approved images need no lookup. */
export type ViewerLookup = () => Promise<Actor | null>;

// Keys name their content, so a public image never changes. One nobody approved may be refused and
// removed any time, and is for its uploader and moderators only: never kept by a shared cache.
const PUBLIC = "public, max-age=31536000, immutable";
const PRIVATE = "private, no-store";

const SELECT = { id: true, storageKey: true, status: true, uploadedById: true } as const;

/** A 404 for whatever is missing or not the viewer's to see: a pending upload's address reveals nothing. */
function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    // An image approved later must not stay "not found" in any cache.
    headers: { "Content-Type": "text/plain", "Cache-Control": PRIVATE },
  });
}

async function visible<Image extends { status: "PENDING" | "APPROVED"; uploadedById: number | null }>(
  image: Image | null,
  viewer: ViewerLookup,
): Promise<Image | null> {
  if (!image) return null;
  return canViewImage(image.status === "APPROVED" ? null : await viewer(), image) ? image : null;
}

/** `/media/<key>`: a stored poster or its thumbnail, to those the policy lets see its image. */
export async function mediaResponse(key: string, viewer: ViewerLookup): Promise<Response> {
  if (!isStorageKey(key)) return notFound();
  const image = await visible(
    await db.image.findUnique({ where: { storageKey: posterKeyOf(key) }, select: SELECT }),
    viewer,
  );
  // Only the sizes the image was stored in: any other key beside it belongs to no image.
  if (!image || (key !== image.storageKey && key !== thumbnailKey(image.storageKey))) return notFound();
  const stored = await imageStorage().get(key);
  if (!stored) return notFound();
  return new Response(Buffer.from(stored.bytes), {
    headers: {
      "Content-Type": stored.contentType,
      "Content-Length": String(stored.bytes.byteLength),
      "Cache-Control": image.status === "APPROVED" ? PUBLIC : PRIVATE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** `/images/<id>`: a redirect to the image's thumbnail, for pages that know only its id (a poster diff). */
export async function thumbnailRedirect(rawId: string, viewer: ViewerLookup): Promise<Response> {
  const id = parseId(rawId);
  const image = await visible(
    id === null ? null : await db.image.findUnique({ where: { id }, select: SELECT }),
    viewer,
  );
  if (!image) return notFound();
  const headers: Record<string, string> = { Location: `/media/${thumbnailKey(image.storageKey)}` };
  if (image.status !== "APPROVED") headers["Cache-Control"] = PRIVATE;
  return new Response(null, { status: 307, headers });
}
