import "server-only";
import { mkdir, opendir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { contentTypeOf, isStorageKey } from "./keys";

export type StoredImage = { bytes: Uint8Array; contentType: string };

/** A key as `list` gives it: anything stored, including what an interrupted `put` left behind. */
export type StoredKey = { key: string; storedAt: Date };

/**
 * Where image bytes live, by key: local disk (below) or an S3 bucket (s3-storage.ts); media-storage.ts
 * picks one. Both keep the same contract (tests/integration/image-storage-contract.test.ts).
 */
export type ImageStorage = {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes under the key, or null for a key that is unknown or not a valid key at all. */
  get(key: string): Promise<StoredImage | null>;
  /** Removing a key that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Every key held, with when it was written; for the sweep of orphans (sweep.ts), in no order. */
  list(): AsyncIterable<StoredKey>;
};

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Not a storage key: ${JSON.stringify(key)}`);
  }
}

/** The file for a key, and only ever a file inside the folder: the key's syntax and the resolved path both say so. */
function fileFor(root: string, key: string): string | null {
  if (!isStorageKey(key)) return null;
  const file = path.resolve(root, key);
  return file.startsWith(root + path.sep) ? file : null;
}

export function localDiskStorage(folder: string): ImageStorage {
  const root = path.resolve(folder);
  return {
    async put(key, bytes, contentType) {
      const file = fileFor(root, key);
      // The content type is read back from the key's extension, so the two must agree.
      if (!file || contentTypeOf(key) !== contentType) throw new InvalidStorageKeyError(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed, so a reader never sees half a file.
      const partial = `${file}.${process.pid}.${Date.now()}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, file);
    },
    async get(key) {
      const file = fileFor(root, key);
      const contentType = contentTypeOf(key);
      if (!file || !contentType) return null;
      try {
        // Uploads live outside the build; without the comment, Next would trace the whole project into it.
        return { bytes: new Uint8Array(await readFile(/*turbopackIgnore: true*/ file)), contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EISDIR") {
          return null;
        }
        throw error;
      }
    },
    async delete(key) {
      const file = fileFor(root, key);
      if (!file) throw new InvalidStorageKeyError(key);
      await rm(file, { force: true });
    },
    async *list() {
      let folder;
      try {
        folder = await opendir(/*turbopackIgnore: true*/ root, { recursive: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
        throw error;
      }
      for await (const entry of folder) {
        if (!entry.isFile()) continue;
        const file = path.join(entry.parentPath, entry.name);
        const key = path.relative(root, file).split(path.sep).join("/");
        // Anything not named like a key was not put here by this storage.
        if (!isStorageKey(key)) continue;
        try {
          yield { key, storedAt: (await stat(/*turbopackIgnore: true*/ file)).mtime };
        } catch (error) {
          // Removed while listing: nothing left to report.
          if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        }
      }
    },
  };
}
