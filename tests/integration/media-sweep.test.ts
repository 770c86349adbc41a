import { spawnSync } from "node:child_process";
import { access, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { thumbnailKey } from "@/lib/images/keys";
import { submitPosterUpload } from "@/lib/images/mutations";
import { localDiskStorage, type ImageStorage } from "@/lib/images/storage";
import { SWEEP_GRACE_MS, sweepOrphanImages } from "@/lib/images/sweep";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
let mediaDir: string;
let storage: ImageStorage;
let editor: Actor;
let admin: Actor;
let film: { id: number };

const DAY = 24 * 60 * 60_000;
const twoDaysAgo = () => new Date(Date.now() - 2 * DAY);

const exists = (key: string) =>
  access(path.join(mediaDir, key)).then(
    () => true,
    () => false,
  );

async function png(red: number): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width: 60, height: 90, channels: 3, background: { r: red, g: 0, b: 0 } } })
      .png()
      .toBuffer(),
  );
}

/** Makes a stored file look written two days ago. */
async function age(key: string): Promise<void> {
  await utimes(path.join(mediaDir, key), twoDaysAgo(), twoDaysAgo());
}

/** An upload through the real path; its row and files then aged past the grace period. */
async function oldUpload(actor: Actor, red: number) {
  const editing = await getSectionForEditing(film.id, "poster");
  const submission = await submitPosterUpload(actor, {
    filmId: film.id,
    bytes: await png(red),
    caption: "",
    meta: { summary: "A poster", source: "", baseRevisionId: editing!.baseRevisionId },
  });
  const changes = (await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).changes;
  const id = (changes as { posterId: { after: number } }).posterId.after;
  const { storageKey } = await database.prisma.image.update({
    where: { id },
    data: { createdAt: twoDaysAgo() },
    select: { storageKey: true },
  });
  await Promise.all([age(storageKey), age(thumbnailKey(storageKey))]);
  return { id, submissionId: submission.id, keys: [storageKey, thumbnailKey(storageKey)] };
}

/** A row and its files as an upload leaves them when the process dies before its submission. */
async function abandonedUpload(hash: string, createdAt: Date) {
  const storageKey = `films/${film.id}/${hash}.webp`;
  for (const key of [storageKey, thumbnailKey(storageKey)]) await storage.put(key, await png(1), "image/webp");
  const { id } = await database.prisma.image.create({
    data: { storageKey, mimeType: "image/webp", width: 60, height: 90, byteSize: 3, filmId: film.id, createdAt },
    select: { id: true },
  });
  return { id, keys: [storageKey, thumbnailKey(storageKey)] };
}

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(tmpdir(), "keyframe-media-sweep-"));
  process.env.KEYFRAME_MEDIA_DIR = mediaDir;
  storage = localDiskStorage(mediaDir);
  editor = await database.prisma.user.findUniqueOrThrow({
    where: { username: "editor" },
    select: { id: true, role: true },
  });
  admin = await database.prisma.user.findUniqueOrThrow({
    where: { username: "admin" },
    select: { id: true, role: true },
  });
  film = await database.prisma.film.findUniqueOrThrow({ where: { slug: "roujin-z" }, select: { id: true } });
});

afterAll(async () => {
  delete process.env.KEYFRAME_MEDIA_DIR;
  await rm(mediaDir, { recursive: true, force: true });
});

describe("sweeping orphaned images", () => {
  it("removes what is unused and older than a day, and nothing else", async () => {
    const approved = await oldUpload(admin, 10);
    const proposed = await oldUpload(editor, 20);
    const abandoned = await abandonedUpload("0000000000000000000000000000000a", twoDaysAgo());
    const inProgress = await abandonedUpload("0000000000000000000000000000000b", new Date());
    // Files whose row never came (a kill mid-upload), one of them half written.
    const ownerless = [
      "films/1/0000000000000000000000000000000c.webp",
      "films/1/0000000000000000000000000000000c.w200.webp",
    ];
    for (const key of ownerless) await storage.put(key, await png(2), "image/webp");
    const partial = "films/1/0000000000000000000000000000000d.webp.123.456.partial";
    await writeFile(path.join(mediaDir, partial), "half a file");
    for (const key of [...ownerless, partial]) await age(key);
    const youngOwnerless = "films/1/0000000000000000000000000000000e.webp";
    await storage.put(youngOwnerless, await png(3), "image/webp");

    expect(await sweepOrphanImages()).toEqual({ rows: 1, files: 5 });

    const rows = await database.prisma.image.findMany({
      where: { id: { in: [approved.id, proposed.id, abandoned.id, inProgress.id] } },
      select: { id: true },
    });
    expect(rows.map(({ id }) => id).sort()).toEqual([approved.id, proposed.id, inProgress.id].sort());
    for (const key of [...approved.keys, ...proposed.keys, ...inProgress.keys, youngOwnerless]) {
      expect(await exists(key), key).toBe(true);
    }
    for (const key of [...abandoned.keys, ...ownerless, partial]) expect(await exists(key), key).toBe(false);
  });

  it("waits out the grace period it is given", async () => {
    const recent = await abandonedUpload("0000000000000000000000000000000f", new Date(Date.now() - 60_000));
    expect(await sweepOrphanImages({ graceMs: SWEEP_GRACE_MS })).toEqual({ rows: 0, files: 0 });
    // Two days on, both this upload and the one in progress above are abandoned.
    expect(await sweepOrphanImages({ now: new Date(Date.now() + 2 * DAY) })).toEqual({ rows: 2, files: 5 });
    for (const key of recent.keys) expect(await exists(key), key).toBe(false);
  });

  it("runs as npm run media:sweep", () => {
    const result = spawnSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/media-sweep.ts"],
      { env: { ...process.env, DATABASE_URL: database.url, KEYFRAME_MEDIA_DIR: mediaDir }, encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Media sweep: removed 0 unused images and 0 orphaned files.");
    expect(result.status).toBe(0);
  });
});
