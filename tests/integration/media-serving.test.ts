import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { thumbnailKey } from "@/lib/images/keys";
import { submitPosterUpload } from "@/lib/images/mutations";
import { mediaResponse, thumbnailRedirect, type ViewerLookup } from "@/lib/images/serve";
import { localDiskStorage } from "@/lib/images/storage";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
const actors: Record<"editor" | "moderator" | "admin" | "shels", Actor> = {} as never;
let parent: string;
let image: { id: number; storageKey: string; submissionId: number };

const as =
  (actor: Actor | null): ViewerLookup =>
  async () =>
    actor;
// An approved image is served without asking who is looking.
const unasked: ViewerLookup = () => Promise.reject(new Error("The session was read for a public image."));

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "keyframe-media-serving-"));
  process.env.KEYFRAME_MEDIA_DIR = path.join(parent, "media");
  // A file beside the media folder that no key may reach.
  await writeFile(path.join(parent, "secret.webp"), "secret");
  for (const username of ["editor", "moderator", "admin", "shels"] as const) {
    actors[username] = await database.prisma.user.findUniqueOrThrow({
      where: { username },
      select: { id: true, role: true },
    });
  }
  const film = await database.prisma.film.findUniqueOrThrow({ where: { slug: "roujin-z" }, select: { id: true } });
  const editing = await getSectionForEditing(film.id, "poster");
  const bytes = await sharp({ create: { width: 300, height: 450, channels: 3, background: "#335577" } })
    .png()
    .toBuffer();
  const submission = await submitPosterUpload(actors.editor, {
    filmId: film.id,
    bytes: new Uint8Array(bytes),
    caption: "",
    meta: { summary: "A poster", source: "", baseRevisionId: editing!.baseRevisionId },
  });
  const row = await database.prisma.image.findFirstOrThrow({
    where: { filmId: film.id },
    select: { id: true, storageKey: true },
  });
  image = { ...row, submissionId: submission.id };
});

afterAll(async () => {
  delete process.env.KEYFRAME_MEDIA_DIR;
  await rm(parent, { recursive: true, force: true });
});

const sizes = () => [image.storageKey, thumbnailKey(image.storageKey)];

describe("an image nobody approved yet", () => {
  it("is served to its uploader, moderators and admins, never from a shared cache", async () => {
    for (const viewer of [actors.editor, actors.moderator, actors.admin]) {
      for (const key of sizes()) {
        const response = await mediaResponse(key, as(viewer));
        expect(response.status).toBe(200);
        expect(response.headers.get("Cache-Control")).toBe("private, no-store");
        expect(response.headers.get("Content-Type")).toBe("image/webp");
        expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
      }
      const redirect = await thumbnailRedirect(String(image.id), as(viewer));
      expect(redirect.status).toBe(307);
      expect(redirect.headers.get("Location")).toBe(`/media/${thumbnailKey(image.storageKey)}`);
      expect(redirect.headers.get("Cache-Control")).toBe("private, no-store");
    }
  });

  it("does not exist for anyone else, signed in or not", async () => {
    for (const viewer of [null, actors.shels]) {
      for (const key of sizes()) {
        const response = await mediaResponse(key, as(viewer));
        expect(response.status).toBe(404);
        expect(response.headers.get("Cache-Control")).toBe("private, no-store");
      }
      expect((await thumbnailRedirect(String(image.id), as(viewer))).status).toBe(404);
    }
  });
});

describe("an approved image", () => {
  it("is everyone's, cached for good", async () => {
    await approveSubmission(actors.moderator, image.submissionId);
    for (const key of sizes()) {
      const response = await mediaResponse(key, unasked);
      expect(response.status).toBe(200);
      expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    }
    const redirect = await thumbnailRedirect(String(image.id), unasked);
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("Cache-Control")).toBeNull();
  });
});

describe("anything else", () => {
  it.each([
    ["an unknown key", "films/1/nope.webp"],
    ["a folder", "films"],
    ["a way out of the folder", "../secret.webp"],
    ["an encoded way out", "%2e%2e/secret.webp"],
  ])("answers 404 for %s", async (_label, key) => {
    expect((await mediaResponse(key, as(actors.admin))).status).toBe(404);
  });

  it("answers 404 for a file that belongs to no image, or a size the image was not stored in", async () => {
    const storage = localDiskStorage(process.env.KEYFRAME_MEDIA_DIR!);
    await storage.put("films/1/0123456789abcdef.webp", new Uint8Array([1, 2, 3]), "image/webp");
    expect((await mediaResponse("films/1/0123456789abcdef.webp", as(actors.admin))).status).toBe(404);
    const otherSize = image.storageKey.replace(".webp", ".w300.webp");
    await storage.put(otherSize, new Uint8Array([1, 2, 3]), "image/webp");
    expect((await mediaResponse(otherSize, as(actors.admin))).status).toBe(404);
  });

  it.each(["0", "-1", "2147483648", "1e3", "abc", ""])("answers 404 for image id %j", async (id) => {
    expect((await thumbnailRedirect(id, as(actors.admin))).status).toBe(404);
  });
});
