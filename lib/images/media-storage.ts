import "server-only";
import { mediaDir } from "./media-dir";
import { s3Storage } from "./s3-storage";
import { localDiskStorage, type ImageStorage } from "./storage";
import { mediaStorageConfig } from "./storage-config";

let current: { settings: string; storage: ImageStorage } | undefined;

/**
 * The storage the app uses, and the one place that picks it: local disk under the media folder, or
 * an S3 bucket when KEYFRAME_MEDIA_STORAGE=s3. The environment is read at each call so tests can
 * point it elsewhere; a backend is made again only when its settings change, so an S3 client and
 * its connections are shared by every request.
 */
export function imageStorage(): ImageStorage {
  const config = mediaStorageConfig(process.env, mediaDir);
  const settings = JSON.stringify(config);
  if (current?.settings !== settings) {
    current = { settings, storage: config.kind === "s3" ? s3Storage(config) : localDiskStorage(config.folder) };
  }
  return current.storage;
}
