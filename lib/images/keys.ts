/** The widths the pages show: the film page's poster column and list thumbnails. */
export const POSTER_WIDTH = 600;
export const THUMBNAIL_WIDTH = 200;

/**
 * A storage key is lower-case segments of letters, digits, dots and dashes separated by single
 * slashes, never starting with a dot: nothing that could climb out of the media folder or name a
 * hidden file, whatever backend holds it.
 */
const KEY = /^[a-z0-9][a-z0-9.-]*(?:\/[a-z0-9][a-z0-9.-]*)*$/;

export function isStorageKey(key: string): boolean {
  return key.length <= 200 && KEY.test(key) && !key.includes("..");
}

/** Keys name the poster's content, so a stored file never changes and can be cached forever. */
export function posterKey(filmId: number, contentHash: string, extension: string): string {
  return `films/${filmId}/${contentHash}.${extension}`;
}

/** The list-sized copy sits beside the poster, so its key follows from the poster's. */
export function thumbnailKey(storageKey: string): string {
  return storageKey.replace(/(\.[a-z0-9]+)$/, `.w${THUMBNAIL_WIDTH}$1`);
}

/** The poster key a stored file belongs to: its own for a poster, the poster's for a thumbnail. */
export function posterKeyOf(key: string): string {
  return key.replace(new RegExp(`\\.w${THUMBNAIL_WIDTH}(\\.[a-z0-9]+)$`), "$1");
}

// Every upload is stored as WebP (see process-upload.ts); a backend that adds formats adds them here.
const CONTENT_TYPES: Record<string, string> = { webp: "image/webp" };

/** The content type a key's extension stands for, or null for anything that is not an image we store. */
export function contentTypeOf(key: string): string | null {
  return CONTENT_TYPES[key.slice(key.lastIndexOf(".") + 1)] ?? null;
}
