import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { s3Storage } from "@/lib/images/s3-storage";
import { localDiskStorage, type ImageStorage } from "@/lib/images/storage";
import { startS3Server, type RunningS3 } from "../support/s3-server";

// The same contract for every backend: whatever media-storage.ts picks, the app cannot tell them apart.

let folder: string;
let s3: RunningS3;
let raw: S3Client;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "keyframe-contract-"));
  s3 = await startS3Server();
  raw = new S3Client({ ...s3.settings });
});

afterAll(async () => {
  raw.destroy();
  await s3.stop();
  await rm(folder, { recursive: true, force: true });
});

type Backend = {
  storage: ImageStorage;
  /** Stores something under a raw name, behind the storage's back. */
  stray(name: string): Promise<void>;
};

const backends: Record<string, (id: string) => Backend> = {
  "local disk": (id) => ({
    storage: localDiskStorage(path.join(folder, id)),
    async stray(name) {
      await mkdir(path.dirname(path.join(folder, id, name)), { recursive: true });
      await writeFile(path.join(folder, id, name), "stray");
    },
  }),
  s3: (id) => {
    // A bucket per test would need a server per test; a prefix per test keeps them apart just as well.
    const keyPrefix = `contract/${id}`;
    return {
      storage: s3Storage({ ...s3.settings, keyPrefix }),
      async stray(name) {
        await raw.send(
          new PutObjectCommand({ Bucket: s3.settings.bucket, Key: `${keyPrefix}/${name}`, Body: "stray" }),
        );
      },
    };
  },
};

const bytes = new Uint8Array([82, 73, 70, 70, 1, 2, 3]);
let count = 0;

describe.each(Object.keys(backends))("%s storage", (name) => {
  const fresh = () => backends[name]!(`t${++count}`);

  it("gives back what was put, with its content type", async () => {
    const { storage } = fresh();
    await storage.put("films/1/abc.webp", bytes, "image/webp");
    expect(await storage.get("films/1/abc.webp")).toEqual({ bytes, contentType: "image/webp" });
  });

  it("replaces what a key held when it is put again", async () => {
    const { storage } = fresh();
    await storage.put("films/1/abc.webp", bytes, "image/webp");
    await storage.put("films/1/abc.webp", new Uint8Array([9, 9]), "image/webp");
    expect(await storage.get("films/1/abc.webp")).toEqual({ bytes: new Uint8Array([9, 9]), contentType: "image/webp" });
  });

  it("answers null for a key it does not hold, or a folder of keys", async () => {
    const { storage } = fresh();
    await storage.put("films/1/abc.webp", bytes, "image/webp");
    expect(await storage.get("films/1/missing.webp")).toBeNull();
    expect(await storage.get("films/1")).toBeNull();
  });

  it.each(["../secret.webp", "films/../x.webp", "/films/1/abc.webp", "films//abc.webp", "FILMS/1/ABC.webp", ""])(
    "refuses the invalid key %j: null to read, an error to write or delete",
    async (key) => {
      const { storage } = fresh();
      expect(await storage.get(key)).toBeNull();
      await expect(storage.put(key, bytes, "image/webp")).rejects.toThrow("Not a storage key");
      await expect(storage.delete(key)).rejects.toThrow("Not a storage key");
    },
  );

  it("refuses a content type its key does not stand for, and a key of a type it does not store", async () => {
    const { storage } = fresh();
    await expect(storage.put("films/1/abc.webp", bytes, "text/html")).rejects.toThrow("Not a storage key");
    await expect(storage.put("films/1/abc.html", bytes, "text/html")).rejects.toThrow("Not a storage key");
    await expect(storage.put("films/1/abc.html", bytes, "image/webp")).rejects.toThrow("Not a storage key");
    expect(await storage.get("films/1/abc.webp")).toBeNull();
  });

  it("deletes, and deleting again or deleting what never was is fine", async () => {
    const { storage } = fresh();
    await storage.put("films/3/ghi.webp", bytes, "image/webp");
    await storage.put("films/3/ghi.w200.webp", bytes, "image/webp");
    await storage.delete("films/3/ghi.webp");
    await storage.delete("films/3/ghi.webp");
    await storage.delete("films/3/never.webp");
    expect(await storage.get("films/3/ghi.webp")).toBeNull();
    expect(await storage.get("films/3/ghi.w200.webp")).toEqual({ bytes, contentType: "image/webp" });
  });

  it("lists every key it holds with when it was written, and nothing not named like a key", async () => {
    const { storage, stray } = fresh();
    // S3 keeps times to the second.
    const before = Math.floor(Date.now() / 1000) * 1000;
    await storage.put("films/4/a.webp", bytes, "image/webp");
    await storage.put("films/5/b.w200.webp", bytes, "image/webp");
    await storage.put("films/6/c.webp", bytes, "image/webp");
    await storage.delete("films/6/c.webp");
    await stray("Other/x.webp");
    const listed = [];
    for await (const entry of storage.list()) listed.push(entry);
    expect(listed.map(({ key }) => key).sort()).toEqual(["films/4/a.webp", "films/5/b.w200.webp"]);
    for (const { storedAt } of listed) {
      expect(storedAt.getTime()).toBeGreaterThanOrEqual(before);
      expect(storedAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });

  it("lists nothing before anything was stored", async () => {
    const listed = [];
    for await (const entry of fresh().storage.list()) listed.push(entry);
    expect(listed).toEqual([]);
  });
});

describe("s3 storage", () => {
  it("lists past the first page of a thousand keys", async () => {
    const storage = s3Storage({ ...s3.settings, keyPrefix: "many" });
    const keys = Array.from({ length: 1005 }, (_, i) => `films/${i}/a.webp`);
    for (let i = 0; i < keys.length; i += 50) {
      await Promise.all(keys.slice(i, i + 50).map((key) => storage.put(key, bytes, "image/webp")));
    }
    const listed = [];
    for await (const { key } of storage.list()) listed.push(key);
    expect(listed.sort()).toEqual(keys.sort());
  });

  it("keeps to its prefix: keys beside it in the bucket are neither listed nor read", async () => {
    const outside = s3Storage({ ...s3.settings, keyPrefix: "site-a" });
    const inside = s3Storage({ ...s3.settings, keyPrefix: "site-b" });
    await outside.put("films/7/a.webp", bytes, "image/webp");
    expect(await inside.get("films/7/a.webp")).toBeNull();
    const listed = [];
    for await (const entry of inside.list()) listed.push(entry);
    expect(listed).toEqual([]);
  });

  it("stores the content type on the object, for anything that serves the bucket directly", async () => {
    const storage = s3Storage({ ...s3.settings, keyPrefix: "typed" });
    await storage.put("films/8/a.webp", bytes, "image/webp");
    const { GetObjectCommand } = await import("@aws-sdk/client-s3");
    const object = await raw.send(new GetObjectCommand({ Bucket: s3.settings.bucket, Key: "typed/films/8/a.webp" }));
    expect(object.ContentType).toBe("image/webp");
  });
});
