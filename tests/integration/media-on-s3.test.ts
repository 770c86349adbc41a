import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { thumbnailKey } from "@/lib/images/keys";
import { submitPosterUpload } from "@/lib/images/mutations";
import { s3Storage } from "@/lib/images/s3-storage";
import { mediaResponse, type ViewerLookup } from "@/lib/images/serve";
import type { ImageStorage } from "@/lib/images/storage";
import { sweepOrphanImages } from "@/lib/images/sweep";
import { approveSubmission, rejectSubmission } from "@/lib/submissions/mutations/review-submission";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { startS3Server, type RunningS3 } from "../support/s3-server";
import { withTestDatabase } from "../support/test-database";

// The app's own path with KEYFRAME_MEDIA_STORAGE=s3: upload, serve, discard and sweep, against a real s3rver.

const database = withTestDatabase();
let s3: RunningS3;
/** What another instance with the same settings sees. */
let bucket: ImageStorage;
let mediaDir: string;
let editor: Actor;
let moderator: Actor;
let film: { id: number };

const DAY = 24 * 60 * 60_000;
const as =
  (actor: Actor | null): ViewerLookup =>
  async () =>
    actor;
const unasked: ViewerLookup = () => Promise.reject(new Error("The session was read for a public image."));

async function upload(red: number) {
  const editing = await getSectionForEditing(film.id, "poster");
  const bytes = await sharp({ create: { width: 300, height: 450, channels: 3, background: { r: red, g: 80, b: 120 } } })
    .png()
    .toBuffer();
  const submission = await submitPosterUpload(editor, {
    filmId: film.id,
    bytes: new Uint8Array(bytes),
    caption: "",
    meta: { summary: "A poster", source: "", baseRevisionId: editing!.baseRevisionId },
  });
  const changes = (await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).changes;
  const id = (changes as { posterId: { after: number } }).posterId.after;
  const { storageKey } = await database.prisma.image.findUniqueOrThrow({ where: { id }, select: { storageKey: true } });
  return { submissionId: submission.id, keys: [storageKey, thumbnailKey(storageKey)] };
}

beforeAll(async () => {
  s3 = await startS3Server();
  bucket = s3Storage(s3.settings);
  // Set, so that anything still written to disk would show up there.
  mediaDir = await mkdtemp(path.join(tmpdir(), "keyframe-media-on-s3-"));
  Object.assign(process.env, s3.env, { KEYFRAME_MEDIA_DIR: mediaDir });
  const user = (username: string) =>
    database.prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true } });
  editor = await user("editor");
  moderator = await user("moderator");
  film = await database.prisma.film.findUniqueOrThrow({ where: { slug: "roujin-z" }, select: { id: true } });
});

afterAll(async () => {
  for (const name of [...Object.keys(s3.env), "KEYFRAME_MEDIA_DIR"]) delete process.env[name];
  await s3.stop();
  await rm(mediaDir, { recursive: true, force: true });
});

describe("media on S3", () => {
  it("stores an upload in the bucket and serves it from there, with the same headers as from disk", async () => {
    const { submissionId, keys } = await upload(10);
    for (const key of keys) expect(await bucket.get(key), key).not.toBeNull();
    expect(await readdir(mediaDir)).toEqual([]);

    const pending = await mediaResponse(keys[0]!, as(editor));
    expect(pending.status).toBe(200);
    expect(pending.headers.get("Cache-Control")).toBe("private, no-store");

    await approveSubmission(moderator, submissionId);
    for (const key of keys) {
      const response = await mediaResponse(key, unasked);
      const body = new Uint8Array(await response.arrayBuffer());
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("image/webp");
      expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(response.headers.get("Content-Length")).toBe(String(body.byteLength));
      expect(body).toEqual((await bucket.get(key))!.bytes);
    }
  });

  it("answers 404 for an image whose object is gone from the bucket", async () => {
    const { keys } = await upload(20);
    await bucket.delete(keys[1]!);
    expect((await mediaResponse(keys[1]!, as(editor))).status).toBe(404);
    expect((await mediaResponse(keys[0]!, as(editor))).status).toBe(200);
  });

  it("removes a refused upload's objects from the bucket", async () => {
    const { submissionId, keys } = await upload(30);
    await rejectSubmission(moderator, submissionId, "Not the film's poster.");
    for (const key of keys) expect(await bucket.get(key), key).toBeNull();
  });

  it("sweeps objects that belong to no image once they are old enough, and nothing else", async () => {
    const { keys: kept } = await upload(40);
    const orphan = `films/${film.id}/0000000000000000000000000000000c.webp`;
    await bucket.put(orphan, new Uint8Array([1, 2, 3]), "image/webp");
    expect(await sweepOrphanImages()).toEqual({ rows: 0, files: 0 });
    expect(await sweepOrphanImages({ now: new Date(Date.now() + 2 * DAY) })).toMatchObject({ files: 1 });
    expect(await bucket.get(orphan)).toBeNull();
    for (const key of kept) expect(await bucket.get(key), key).not.toBeNull();
  });

  it("runs npm run media:sweep against the bucket the environment names", () => {
    const sweep = (env: Record<string, string>) =>
      spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/media-sweep.ts"], {
        env: { ...process.env, DATABASE_URL: database.url, ...env },
        encoding: "utf8",
      });
    const result = sweep({});
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Media sweep: removed");
    expect(result.status).toBe(0);
    // A bucket that does not exist fails it: the sweep did ask S3.
    const missing = sweep({ S3_BUCKET: "no-such-bucket" });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("NoSuchBucket");
  });
});
