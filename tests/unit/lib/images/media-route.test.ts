import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/media/[...key]/route";
import { localDiskStorage } from "@/lib/images/storage";

let parent: string;

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "keyframe-media-route-"));
  process.env.KEYFRAME_MEDIA_DIR = path.join(parent, "media");
  await localDiskStorage(process.env.KEYFRAME_MEDIA_DIR).put(
    "films/1/abc.webp",
    new Uint8Array([1, 2, 3]),
    "image/webp",
  );
  await writeFile(path.join(parent, "secret.webp"), "secret");
});

afterAll(async () => {
  delete process.env.KEYFRAME_MEDIA_DIR;
  await rm(parent, { recursive: true, force: true });
});

const get = (...key: string[]) => GET(new Request("http://localhost/media"), { params: Promise.resolve({ key }) });

describe("GET /media/[...key]", () => {
  it("serves a stored image with its type, cached for good", async () => {
    const response = await get("films", "1", "abc.webp");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/webp");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it.each([
    ["an unknown key", ["films", "1", "nope.webp"]],
    ["a folder", ["films"]],
    ["a way out of the folder", ["..", "secret.webp"]],
    ["an encoded way out", ["%2e%2e", "secret.webp"]],
  ])("answers 404 for %s", async (_label, key) => {
    expect((await get(...key)).status).toBe(404);
  });
});
