import { describe, expect, it } from "vitest";
import { mediaStorageConfig, MediaStorageConfigError } from "@/lib/images/storage-config";

const local = () => "/srv/media";
const s3 = { KEYFRAME_MEDIA_STORAGE: "s3", S3_BUCKET: "keyframe-media" };

describe("media storage configuration", () => {
  it("is local disk unless told otherwise, an empty variable counting as unset", () => {
    expect(mediaStorageConfig({}, local)).toEqual({ kind: "local", folder: "/srv/media" });
    expect(mediaStorageConfig({ KEYFRAME_MEDIA_STORAGE: "" }, local)).toEqual({ kind: "local", folder: "/srv/media" });
    expect(mediaStorageConfig({ KEYFRAME_MEDIA_STORAGE: "local", S3_BUCKET: "x" }, local).kind).toBe("local");
  });

  it("takes an S3 bucket with AWS's defaults: its region, its addressing, the SDK's own credentials", () => {
    expect(mediaStorageConfig(s3, local)).toEqual({
      kind: "s3",
      bucket: "keyframe-media",
      region: "us-east-1",
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
      keyPrefix: "",
    });
  });

  it("takes an S3-compatible server with every setting", () => {
    const config = mediaStorageConfig(
      {
        ...s3,
        S3_ENDPOINT: "http://127.0.0.1:9000",
        S3_REGION: "auto",
        S3_FORCE_PATH_STYLE: "true",
        S3_ACCESS_KEY_ID: "key",
        S3_SECRET_ACCESS_KEY: "secret",
        S3_KEY_PREFIX: "keyframe/media/",
      },
      local,
    );
    expect(config).toEqual({
      kind: "s3",
      bucket: "keyframe-media",
      region: "auto",
      endpoint: "http://127.0.0.1:9000",
      forcePathStyle: true,
      credentials: { accessKeyId: "key", secretAccessKey: "secret" },
      keyPrefix: "keyframe/media",
    });
  });

  it.each([
    [{ KEYFRAME_MEDIA_STORAGE: "S3" }, "KEYFRAME_MEDIA_STORAGE must be local or s3"],
    [{ KEYFRAME_MEDIA_STORAGE: "s3" }, "KEYFRAME_MEDIA_STORAGE=s3 needs S3_BUCKET, the bucket's name"],
    [{ ...s3, S3_BUCKET: "My_Bucket" }, "S3_BUCKET must be a bucket name"],
    [{ ...s3, S3_ENDPOINT: "localhost:9000" }, "S3_ENDPOINT must be an http:// or https:// URL"],
    [{ ...s3, S3_ENDPOINT: "ftp://example.org" }, "S3_ENDPOINT must be an http:// or https:// URL"],
    [{ ...s3, S3_FORCE_PATH_STYLE: "yes" }, "S3_FORCE_PATH_STYLE must be true or false"],
    [{ ...s3, S3_ACCESS_KEY_ID: "key" }, "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together"],
    [{ ...s3, S3_SECRET_ACCESS_KEY: "secret" }, "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together"],
    [{ ...s3, S3_KEY_PREFIX: "../other" }, "S3_KEY_PREFIX must be lower-case segments"],
    [{ ...s3, S3_KEY_PREFIX: "/keyframe" }, "S3_KEY_PREFIX must be lower-case segments"],
  ])("refuses %j with one line naming the variable", (env, message) => {
    let thrown: unknown;
    try {
      mediaStorageConfig(env, local);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MediaStorageConfigError);
    expect((thrown as Error).message).toContain(message);
    expect((thrown as Error).message).not.toContain("\n");
  });
});
