import { mkdtemp, rm, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { submitPosterUpload } from "@/lib/images/mutations";
import { ImageUploadError } from "@/lib/images/process-upload";
import { thumbnailKey } from "@/lib/images/keys";
import { imageStorage } from "@/lib/images/media-storage";
import { SectionFieldErrors, SubmissionError } from "@/lib/submissions/errors";
import { amendSubmission, withdrawSubmission } from "@/lib/submissions/mutations/author-submission";
import { approveSubmission, rejectSubmission } from "@/lib/submissions/mutations/review-submission";
import { submitFilmEdit, submissionRateRule } from "@/lib/submissions/mutations/submit-edit";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { poster } from "@/lib/submissions/sections/poster/definition";
import { pngWithBrokenPixels } from "../support/png-header";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
const actors: Record<"editor" | "moderator" | "shels", Actor> = {} as never;
let akira: { id: number };
let roujinZ: { id: number };
let mediaDir: string;

/** The edit's summary and base, as the form for the film's poster section would send them now. */
async function metaFor(filmId: number) {
  const editing = await getSectionForEditing(filmId, "poster");
  return { summary: "Original US poster art", source: "", baseRevisionId: editing!.baseRevisionId };
}

async function png(width: number, height: number, red = 200): Promise<Uint8Array> {
  const buffer = await sharp({ create: { width, height, channels: 3, background: { r: red, g: 30, b: 30 } } })
    .png()
    .toBuffer();
  return new Uint8Array(buffer);
}

const statusOf = async (imageId: number) =>
  (await database.prisma.image.findUnique({ where: { id: imageId }, select: { status: true } }))?.status;

const posterIdOf = async (filmId: number) =>
  (await database.prisma.film.findUniqueOrThrow({ where: { id: filmId }, select: { posterId: true } })).posterId;

async function storedFiles(): Promise<string[]> {
  return (await readdir(mediaDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(mediaDir, path.join(entry.parentPath, entry.name)));
}

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(tmpdir(), "keyframe-media-"));
  process.env.KEYFRAME_MEDIA_DIR = mediaDir;
  for (const username of ["editor", "moderator", "shels"] as const) {
    actors[username] = await database.prisma.user.findUniqueOrThrow({
      where: { username },
      select: { id: true, role: true },
    });
  }
  akira = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
  roujinZ = await database.prisma.film.findUniqueOrThrow({ where: { slug: "roujin-z" }, select: { id: true } });
});

afterAll(async () => {
  delete process.env.KEYFRAME_MEDIA_DIR;
  await rm(mediaDir, { recursive: true, force: true });
});

describe("uploading a poster", () => {
  let submissionId: number;
  let imageId: number;
  const posterBefore = { value: null as number | null };

  it("stores the image and queues a submission, leaving the film's poster as it was", async () => {
    posterBefore.value = await posterIdOf(akira.id);
    const submission = await submitPosterUpload(actors.editor, {
      filmId: akira.id,
      bytes: await png(900, 1350),
      caption: "Original US Poster Art",
      meta: await metaFor(akira.id),
    });
    expect(submission.status).toBe("PENDING");
    submissionId = submission.id;
    expect(await posterIdOf(akira.id)).toBe(posterBefore.value);

    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    const after = (stored.changes as { posterId: { after: number } }).posterId.after;
    const image = await database.prisma.image.findUniqueOrThrow({ where: { id: after } });
    imageId = image.id;
    expect(image).toMatchObject({
      filmId: akira.id,
      uploadedById: actors.editor.id,
      mimeType: "image/webp",
      width: 600,
      height: 900,
      caption: "Original US Poster Art",
    });
    expect(image.storageKey).toMatch(new RegExp(`^films/${akira.id}/[0-9a-f]{32}\\.webp$`));
    const file = await imageStorage().get(image.storageKey);
    expect(file?.bytes.byteLength).toBe(image.byteSize);
    expect(await storedFiles()).toHaveLength(2);
    expect(image.status).toBe("PENDING");
  });

  it("puts it on the film once a moderator approves, and makes it public", async () => {
    const outcome = await approveSubmission(actors.moderator, submissionId);
    expect(outcome.status).toBe("APPROVED");
    expect(await posterIdOf(akira.id)).toBe(imageId);
    expect(await statusOf(imageId)).toBe("APPROVED");
  });

  it("reuses the image when the same picture is uploaded again, and keeps it when that changes nothing", async () => {
    const upload = submitPosterUpload(actors.editor, {
      filmId: akira.id,
      bytes: await png(900, 1350),
      caption: "",
      meta: await metaFor(akira.id),
    });
    await expect(upload).rejects.toThrow(SubmissionError);
    expect(await database.prisma.image.count({ where: { filmId: akira.id } })).toBe(1);
    expect(
      await imageStorage().get((await database.prisma.image.findUniqueOrThrow({ where: { id: imageId } })).storageKey),
    ).not.toBeNull();
  });
});

describe("refusals", () => {
  it("stores nothing for a file that is not an image", async () => {
    const files = await storedFiles();
    const upload = submitPosterUpload(actors.editor, {
      filmId: roujinZ.id,
      bytes: new TextEncoder().encode("not a poster"),
      caption: "",
      meta: await metaFor(roujinZ.id),
    });
    await expect(upload).rejects.toThrow(ImageUploadError);
    expect(await storedFiles()).toEqual(files);
  });

  it("removes the file and the row when the submission is refused", async () => {
    const files = await storedFiles();
    const images = await database.prisma.image.count();
    // The editor has used up the hour's submissions.
    const rule = submissionRateRule(actors.editor.id);
    await database.prisma.rateLimitEvent.createMany({
      data: Array.from({ length: rule.limit }, () => ({ key: rule.key })),
    });
    const upload = submitPosterUpload(actors.editor, {
      filmId: roujinZ.id,
      bytes: await png(300, 450, 90),
      caption: "",
      meta: await metaFor(roujinZ.id),
    });
    await expect(upload).rejects.toMatchObject({ code: "rate-limited" });
    expect(await database.prisma.image.count()).toBe(images);
    expect(await storedFiles()).toEqual(files);
    await database.prisma.rateLimitEvent.deleteMany({ where: { key: rule.key } });
  });

  it("counts the hour's limit before decoding the picture", async () => {
    const rule = submissionRateRule(actors.editor.id);
    await database.prisma.rateLimitEvent.createMany({
      data: Array.from({ length: rule.limit }, () => ({ key: rule.key })),
    });
    const images = await database.prisma.image.count();
    // Decoding these pixels would fail as "not an image": the limit's refusal shows nothing was decoded.
    const upload = submitPosterUpload(actors.editor, {
      filmId: roujinZ.id,
      bytes: pngWithBrokenPixels(7000, 7000),
      caption: "",
      meta: await metaFor(roujinZ.id),
    });
    await expect(upload).rejects.toMatchObject({ code: "rate-limited" });
    expect(await database.prisma.image.count()).toBe(images);
    await database.prisma.rateLimitEvent.deleteMany({ where: { key: rule.key } });
  });

  it("refuses more pixels than the limit from the header, before decoding them", async () => {
    const files = await storedFiles();
    const upload = submitPosterUpload(actors.editor, {
      filmId: roujinZ.id,
      bytes: pngWithBrokenPixels(10_000, 10_000),
      caption: "",
      meta: await metaFor(roujinZ.id),
    });
    await expect(upload).rejects.toThrow("Images can be at most 50 megapixels");
    expect(await storedFiles()).toEqual(files);
  });

  it("will not make another film's image this film's poster", async () => {
    const image = await database.prisma.image.findFirstOrThrow({ where: { filmId: akira.id }, select: { id: true } });
    await expect(
      database.prisma.$transaction((tx) => poster.write(tx, roujinZ.id, { posterId: image.id })),
    ).rejects.toThrow("That image was not uploaded for this film.");
    await expect(
      submitFilmEdit(actors.editor, {
        filmId: roujinZ.id,
        section: "poster",
        values: { posterId: image.id },
        meta: await metaFor(roujinZ.id),
      }),
    ).rejects.toThrow(SectionFieldErrors);
    expect(await posterIdOf(roujinZ.id)).toBeNull();
  });

  it("refuses an upload from nobody", async () => {
    await expect(
      submitPosterUpload(null, {
        filmId: akira.id,
        bytes: await png(10, 10),
        caption: "",
        meta: await metaFor(akira.id),
      }),
    ).rejects.toThrow("You are not allowed to do this.");
  });
});

describe("refused uploads go", () => {
  async function upload(actor: Actor, filmId: number, red: number) {
    const submission = await submitPosterUpload(actor, {
      filmId,
      bytes: await png(300, 450, red),
      caption: "",
      meta: await metaFor(filmId),
    });
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    const imageId = (stored.changes as { posterId: { after: number } }).posterId.after;
    const { storageKey } = await database.prisma.image.findUniqueOrThrow({ where: { id: imageId } });
    return { submissionId: submission.id, imageId, files: [storageKey, thumbnailKey(storageKey)] };
  }

  async function expectGone({ imageId, files }: { imageId: number; files: string[] }) {
    expect(await statusOf(imageId)).toBeUndefined();
    expect(await storedFiles()).not.toEqual(expect.arrayContaining([files[0]]));
    expect(await storedFiles()).not.toEqual(expect.arrayContaining([files[1]]));
  }

  it("when a moderator rejects the submission: its row and both files", async () => {
    const proposed = await upload(actors.editor, roujinZ.id, 11);
    expect(await storedFiles()).toEqual(expect.arrayContaining(proposed.files));
    await rejectSubmission(actors.moderator, proposed.submissionId, "Not the film's poster.");
    await expectGone(proposed);
  });

  it("when its author withdraws it", async () => {
    const proposed = await upload(actors.editor, roujinZ.id, 12);
    await withdrawSubmission(actors.editor, proposed.submissionId);
    await expectGone(proposed);
  });

  it("when an amendment proposes another poster instead", async () => {
    const proposed = await upload(actors.editor, akira.id, 13);
    await amendSubmission(actors.editor, proposed.submissionId, {
      section: "poster",
      values: { posterId: null },
      meta: { summary: "No poster after all", source: "" },
    });
    await expectGone(proposed);
  });

  it("but not while another open submission proposes the same picture", async () => {
    const first = await upload(actors.editor, roujinZ.id, 14);
    // The same picture again reuses the image (see "reuses the image" above).
    const second = await upload(actors.shels, roujinZ.id, 14);
    expect(second.imageId).toBe(first.imageId);
    await rejectSubmission(actors.moderator, first.submissionId, "A duplicate.");
    expect(await statusOf(first.imageId)).toBe("PENDING");
    expect(await storedFiles()).toEqual(expect.arrayContaining(first.files));
    await withdrawSubmission(actors.shels, second.submissionId);
    await expectGone(first);
  });

  it("but not one a submission is proposing at that very moment", async () => {
    const proposed = await upload(actors.editor, roujinZ.id, 16);
    let checked!: () => void;
    let commit!: () => void;
    const isChecked = new Promise<void>((resolve) => (checked = resolve));
    const mayCommit = new Promise<void>((resolve) => (commit = resolve));
    // Another member proposes the same image: checked, then created a moment later in one transaction.
    const concurrent = database.prisma.$transaction(async (tx) => {
      expect((await poster.resolve!(tx, roujinZ.id, { posterId: proposed.imageId })).errors).toEqual({});
      checked();
      await mayCommit;
      await tx.submission.create({
        data: {
          entityType: "FILM",
          entityId: roujinZ.id,
          filmId: roujinZ.id,
          section: "poster",
          changes: { posterId: { before: null, after: proposed.imageId } },
          authorId: actors.shels.id,
          summary: "The same poster",
        },
      });
    });
    await isChecked;
    const withdrawing = withdrawSubmission(actors.editor, proposed.submissionId);
    // Long enough for the removal to reach the image row and wait for the proposal.
    await new Promise((resolve) => setTimeout(resolve, 500));
    commit();
    await Promise.all([concurrent, withdrawing]);
    expect(await statusOf(proposed.imageId)).toBe("PENDING");
    expect(await storedFiles()).toEqual(expect.arrayContaining(proposed.files));
  });

  it("but never an approved poster", async () => {
    const poster = await posterIdOf(akira.id);
    const proposed = await upload(actors.editor, akira.id, 15);
    await rejectSubmission(actors.moderator, proposed.submissionId, "Keep the current one.");
    expect(await statusOf(poster!)).toBe("APPROVED");
  });
});
