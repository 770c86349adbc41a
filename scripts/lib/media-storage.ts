import {
  mediaStorageConfig,
  MediaStorageConfigError,
  type MediaStorageConfig,
} from "../../lib/images/storage-config.ts";
import { StartupError } from "./fail.ts";

/** The media store the environment names, or one line saying what is wrong with it. */
export function checkMediaStorage(localFolder: string): MediaStorageConfig {
  try {
    return mediaStorageConfig(process.env, () => localFolder);
  } catch (error) {
    throw error instanceof MediaStorageConfigError ? new StartupError(error.message) : error;
  }
}

export function describeMediaStorage(media: MediaStorageConfig): string {
  if (media.kind === "local") return `Media: ${media.folder}`;
  return `Media: S3 bucket ${media.bucket}${media.endpoint ? ` at ${media.endpoint}` : ""}`;
}
