import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkImage, ImageUploadError, processPoster } from "@/lib/images/process-upload";
import { MAX_UPLOAD_BYTES, PosterUploadSchema } from "@/lib/images/schema";
import { pngWithBrokenPixels } from "../../../support/png-header";

/** A real image of the given format, made by sharp rather than read from a fixture. */
async function image(format: "png" | "jpeg" | "webp" | "gif", width = 40, height = 60): Promise<Uint8Array> {
  const buffer = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .toFormat(format)
    .toBuffer();
  return new Uint8Array(buffer);
}

async function refusal(bytes: Uint8Array): Promise<string | undefined> {
  try {
    await checkImage(bytes);
    return undefined;
  } catch (error) {
    if (error instanceof ImageUploadError) return error.code;
    throw error;
  }
}

describe("checkImage", () => {
  it.each(["png", "jpeg", "webp"] as const)("accepts a real %s", async (format) => {
    expect(await refusal(await image(format))).toBeUndefined();
  });

  it("refuses a text file, whatever it is called", async () => {
    expect(await refusal(new TextEncoder().encode("hello, I am poster.png honestly\n"))).toBe("notAnImage");
  });

  it("refuses a real image of another format", async () => {
    expect(await refusal(await image("gif"))).toBe("notAnImage");
  });

  it("refuses an image cut short", async () => {
    const png = await image("png", 400, 600);
    await expect(processPoster(png.slice(0, 120))).rejects.toThrow("That file is not a JPEG, PNG or WebP image.");
  });

  it("refuses more than 10 MB before looking inside", async () => {
    expect(await refusal(new Uint8Array(MAX_UPLOAD_BYTES + 1))).toBe("tooLarge");
  });

  it("refuses more than 50 megapixels from the header alone, saying so", async () => {
    expect(await refusal(pngWithBrokenPixels(8000, 6251))).toBe("tooManyPixels");
    await expect(processPoster(pngWithBrokenPixels(8000, 6251))).rejects.toThrow("Images can be at most 50 megapixels");
  });

  it("accepts 50 megapixels by the header without decoding it", async () => {
    expect(await refusal(pngWithBrokenPixels(8000, 6250))).toBeUndefined();
  });

  it("refuses an empty file", async () => {
    expect(await refusal(new Uint8Array(0))).toBe("missing");
  });
});

describe("processPoster", () => {
  it("makes a 600-pixel poster and a 200-pixel thumbnail, as WebP", async () => {
    const processed = await processPoster(await image("png", 1200, 1800));
    expect(processed.poster).toMatchObject({ width: 600, height: 900 });
    expect(processed.thumbnail).toMatchObject({ width: 200, height: 300 });
    expect((await sharp(processed.poster.bytes).metadata()).format).toBe("webp");
    expect(processed.contentHash).toMatch(/^[0-9a-f]{32}$/);
  });

  it("never enlarges a small image", async () => {
    const processed = await processPoster(await image("jpeg", 150, 100));
    expect(processed.poster).toMatchObject({ width: 150, height: 100 });
    expect(processed.thumbnail).toMatchObject({ width: 150, height: 100 });
  });
});

describe("PosterUploadSchema", () => {
  it("asks for a file when none was chosen", () => {
    const result = PosterUploadSchema.safeParse({ image: new File([], ""), caption: "" });
    expect(result.error?.issues[0]?.message).toBe("Choose an image to upload.");
  });

  it("refuses a file over 10 MB by its size", () => {
    const result = PosterUploadSchema.safeParse({ image: new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], "big.png") });
    expect(result.error?.issues[0]?.message).toBe("Images can be at most 10 MB.");
  });
});
