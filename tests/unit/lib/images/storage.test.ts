import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentTypeOf, isStorageKey, posterKey, posterKeyOf, thumbnailKey } from "@/lib/images/keys";
import { localDiskStorage, type ImageStorage } from "@/lib/images/storage";

let parent: string;
let root: string;
let storage: ImageStorage;
const bytes = new Uint8Array([82, 73, 70, 70]);

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "keyframe-storage-"));
  root = path.join(parent, "media");
  storage = localDiskStorage(root);
  // A file beside the media folder that no key may reach.
  await writeFile(path.join(parent, "secret.webp"), "secret");
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe("keys", () => {
  it("names a poster by film and content, and its thumbnail beside it", () => {
    const key = posterKey(7, "abc123", "webp");
    expect(key).toBe("films/7/abc123.webp");
    expect(thumbnailKey(key)).toBe("films/7/abc123.w200.webp");
    expect(contentTypeOf(key)).toBe("image/webp");
    expect(posterKeyOf(thumbnailKey(key))).toBe(key);
    expect(posterKeyOf(key)).toBe(key);
  });

  it.each([
    "../secret.webp",
    "films/../../secret.webp",
    "/etc/passwd",
    "films//a.webp",
    ".hidden.webp",
    "films/.a.webp",
    "films\\..\\secret.webp",
    "films/%2e%2e/secret.webp",
    "FILMS/A.webp",
    "",
  ])("refuses %j", (key) => {
    expect(isStorageKey(key)).toBe(false);
  });
});

describe("local disk storage", () => {
  it("gives back what was put, with its content type", async () => {
    await storage.put("films/1/abc.webp", bytes, "image/webp");
    expect(await storage.get("films/1/abc.webp")).toEqual({ bytes, contentType: "image/webp" });
  });

  it("leaves no partial files behind", async () => {
    await storage.put("films/2/def.webp", bytes, "image/webp");
    expect(await readdir(path.join(root, "films/2"))).toEqual(["def.webp"]);
  });

  it("answers null for unknown keys and folders", async () => {
    expect(await storage.get("films/1/missing.webp")).toBeNull();
    expect(await storage.get("films")).toBeNull();
  });

  it("cannot read or write outside its folder", async () => {
    expect(await storage.get("../secret.webp")).toBeNull();
    await expect(storage.put("../escape.webp", bytes, "image/webp")).rejects.toThrow("Not a storage key");
    await expect(storage.delete("../secret.webp")).rejects.toThrow("Not a storage key");
    expect(await readdir(parent)).toEqual(expect.arrayContaining(["secret.webp"]));
  });

  it("refuses a content type its key does not stand for", async () => {
    await expect(storage.put("films/1/abc.webp", bytes, "text/html")).rejects.toThrow("Not a storage key");
  });

  it("deletes, and deleting twice is fine", async () => {
    await storage.put("films/3/ghi.webp", bytes, "image/webp");
    await storage.delete("films/3/ghi.webp");
    await storage.delete("films/3/ghi.webp");
    expect(await storage.get("films/3/ghi.webp")).toBeNull();
  });

  it("lists every file it holds, half-written ones included, with when each was written", async () => {
    const listing = localDiskStorage(path.join(parent, "listed"));
    const before = Date.now() - 1000;
    await listing.put("films/4/a.webp", bytes, "image/webp");
    await listing.put("films/5/b.w200.webp", bytes, "image/webp");
    await writeFile(path.join(parent, "listed/films/4/a.webp.12.34.partial"), "half");
    // Not named like a key, so not this storage's.
    await mkdir(path.join(parent, "listed/Other"));
    await writeFile(path.join(parent, "listed/Other/x.webp"), "x");
    const listed = [];
    for await (const entry of listing.list()) listed.push(entry);
    expect(listed.map(({ key }) => key).sort()).toEqual([
      "films/4/a.webp",
      "films/4/a.webp.12.34.partial",
      "films/5/b.w200.webp",
    ]);
    for (const { storedAt } of listed) expect(storedAt.getTime()).toBeGreaterThan(before);
  });

  it("lists nothing before anything was stored", async () => {
    const listed = [];
    for await (const entry of localDiskStorage(path.join(parent, "never-made")).list()) listed.push(entry);
    expect(listed).toEqual([]);
  });
});
