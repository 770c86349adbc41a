import path from "node:path";

/**
 * Where uploaded images live on local disk. `npm start` passes KEYFRAME_MEDIA_DIR (the data folder's
 * `media/`); anything else run from the project, such as `next start` on its own, finds the same
 * folder from the working directory. Read at each call, so tests can point it at a temporary folder.
 */
export function mediaDir(): string {
  const configured = process.env.KEYFRAME_MEDIA_DIR;
  if (configured) return path.resolve(configured);
  return path.resolve(process.cwd(), process.env.KEYFRAME_DATA_DIR ?? ".data", "media");
}
