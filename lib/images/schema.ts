import { z } from "zod";
import { textField } from "@/lib/forms/text";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
// A 10 MB file can still decode to gigabytes of pixels; no poster needs more than this.
export const MAX_UPLOAD_PIXELS = 50_000_000;
export const CAPTION_MAX = 200;

export const UPLOAD_MESSAGES = {
  missing: "Choose an image to upload.",
  tooLarge: "Images can be at most 10 MB.",
  notAnImage: "That file is not a JPEG, PNG or WebP image.",
  tooManyPixels: "Images can be at most 50 megapixels (for example 5,000 × 10,000 pixels).",
} as const;

/**
 * The poster form's own fields. The file's size is checked here; whether it really is an image is
 * for sharp to say (process-upload.ts), never the file's name or the type the browser claims.
 */
export const PosterUploadSchema = z.strictObject({
  // Without JavaScript, an empty file input still posts an empty, nameless file.
  image: z
    .file({ error: UPLOAD_MESSAGES.missing })
    .min(1, UPLOAD_MESSAGES.missing)
    .max(MAX_UPLOAD_BYTES, UPLOAD_MESSAGES.tooLarge),
  caption: textField().trim().max(CAPTION_MAX, `Captions are at most ${CAPTION_MAX} characters long.`).default(""),
});

export type PosterUpload = z.infer<typeof PosterUploadSchema>;
