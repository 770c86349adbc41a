import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { POSTER_WIDTH, THUMBNAIL_WIDTH } from "./keys";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS, UPLOAD_MESSAGES } from "./schema";

/** An upload refused for a reason the uploader can fix; the message goes beside the file input. */
export class ImageUploadError extends Error {
  constructor(public readonly code: keyof typeof UPLOAD_MESSAGES) {
    super(UPLOAD_MESSAGES[code]);
  }
}

const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);

export type ResizedImage = { bytes: Uint8Array; width: number; height: number };

export type ProcessedPoster = {
  mimeType: "image/webp";
  extension: "webp";
  /** The first 32 hex digits of the poster's SHA-256: its name in storage. */
  contentHash: string;
  poster: ResizedImage;
  thumbnail: ResizedImage;
};

/**
 * Refuses anything but a JPEG, PNG or WebP of at most 10 MB and 50 megapixels, judged by its bytes
 * and from its header alone: nothing here decodes the pixels, so a refusal costs next to nothing.
 * sharp reads the header and fails on a renamed text file.
 */
export async function checkImage(bytes: Uint8Array): Promise<void> {
  if (bytes.byteLength === 0) throw new ImageUploadError("missing");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new ImageUploadError("tooLarge");
  let header;
  try {
    // No pixel limit here: the header's own size is checked below, with a message that says so.
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageUploadError("notAnImage");
  }
  if (!header.format || !ACCEPTED_FORMATS.has(header.format)) throw new ImageUploadError("notAnImage");
  if (header.width * header.height > MAX_UPLOAD_PIXELS) throw new ImageUploadError("tooManyPixels");
}

async function resize(bytes: Uint8Array, width: number): Promise<ResizedImage> {
  try {
    // The limit again, for whatever the header understated.
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "error" })
      // Cameras store rotation as metadata, which is stripped below; turn the pixels instead.
      .autoOrient()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch {
    // A header that reads well over pixel data that does not.
    throw new ImageUploadError("notAnImage");
  }
}

/**
 * Checks an upload and makes the sizes the pages show, all as WebP: one format every browser
 * reads, smaller than JPEG or PNG, and transparency survives.
 */
export async function processPoster(bytes: Uint8Array): Promise<ProcessedPoster> {
  await checkImage(bytes);
  const [poster, thumbnail] = await Promise.all([resize(bytes, POSTER_WIDTH), resize(bytes, THUMBNAIL_WIDTH)]);
  const contentHash = createHash("sha256").update(poster.bytes).digest("hex").slice(0, 32);
  return { mimeType: "image/webp", extension: "webp", contentHash, poster, thumbnail };
}
