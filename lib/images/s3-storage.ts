import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { contentTypeOf, isStorageKey } from "./keys";
import type { S3Settings } from "./storage-config";
import { InvalidStorageKeyError, type ImageStorage } from "./storage";

function clientFor(settings: S3Settings): S3Client {
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    // Checksums only where S3 requires them: some S3-compatible servers refuse the CRC headers the
    // SDK adds to every request by default.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // A store that stops answering must fail the request, not hold it forever.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  });
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
  );
}

/**
 * Images in an S3 bucket, or any server that speaks its API. A PUT replaces an object whole, so
 * unlike local disk nothing is ever half written. Keys are checked exactly as local disk checks them.
 */
export function s3Storage(settings: S3Settings): ImageStorage {
  const client = clientFor(settings);
  const Bucket = settings.bucket;
  const prefix = settings.keyPrefix ? `${settings.keyPrefix}/` : "";
  return {
    async put(key, bytes, contentType) {
      if (!isStorageKey(key) || contentTypeOf(key) !== contentType) throw new InvalidStorageKeyError(key);
      await client.send(new PutObjectCommand({ Bucket, Key: prefix + key, Body: bytes, ContentType: contentType }));
    },
    async get(key) {
      const contentType = contentTypeOf(key);
      if (!isStorageKey(key) || !contentType) return null;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: prefix + key }));
        if (!object.Body) return null;
        return { bytes: await object.Body.transformToByteArray(), contentType };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      if (!isStorageKey(key)) throw new InvalidStorageKeyError(key);
      // S3 answers a delete of a missing key with success, which is the contract already.
      await client.send(new DeleteObjectCommand({ Bucket, Key: prefix + key }));
    },
    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken }),
        );
        for (const { Key, LastModified } of page.Contents ?? []) {
          const key = Key?.slice(prefix.length);
          // Anything not named like a key was not put here by this storage.
          if (key && LastModified && isStorageKey(key)) yield { key, storedAt: LastModified };
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
