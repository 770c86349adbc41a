import { z } from "zod";
import { isStorageKey } from "./keys";

/** A setting that is missing, empty or malformed; its message is one line naming the variable. */
export class MediaStorageConfigError extends Error {}

export type S3Settings = {
  bucket: string;
  region: string;
  /** For S3-compatible servers (MinIO, R2, s3rver); AWS itself needs none. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Without them the AWS SDK's own chain answers: AWS_* variables, ~/.aws, an instance or task role. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Prepended to every key, with a slash: several sites may share one bucket. Empty for none. */
  keyPrefix: string;
};

export type MediaStorageConfig = { kind: "local"; folder: string } | ({ kind: "s3" } & S3Settings);

type Environment = Record<string, string | undefined>;

const flag = (name: string) =>
  z
    .enum(["true", "false", "1", "0"], { error: `${name} must be true or false` })
    .transform((value) => value === "true" || value === "1");

const S3Schema = z
  .object({
    S3_BUCKET: z
      .string({ error: "KEYFRAME_MEDIA_STORAGE=s3 needs S3_BUCKET, the bucket's name" })
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        "S3_BUCKET must be a bucket name: 3 to 63 lower-case letters, digits, dots and dashes",
      ),
    S3_REGION: z.string().default("us-east-1"),
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "S3_ENDPOINT must be an http:// or https:// URL" }).optional(),
    S3_FORCE_PATH_STYLE: flag("S3_FORCE_PATH_STYLE").default(false),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_KEY_PREFIX: z
      .string()
      .transform((prefix) => prefix.replace(/\/+$/, ""))
      .refine(
        isStorageKey,
        "S3_KEY_PREFIX must be lower-case segments of letters, digits, dots and dashes, such as keyframe/media",
      )
      .default(""),
  })
  .refine((s3) => (s3.S3_ACCESS_KEY_ID === undefined) === (s3.S3_SECRET_ACCESS_KEY === undefined), {
    error:
      "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS SDK's own credentials",
  });

const KindSchema = z.enum(["local", "s3"], { error: "KEYFRAME_MEDIA_STORAGE must be local or s3" }).default("local");

/** An empty variable counts as unset, as a blank line in an env file means. */
function present(env: Environment): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

function parsed<T>(result: z.ZodSafeParseResult<T>): T {
  if (!result.success) throw new MediaStorageConfigError(result.error.issues[0]!.message);
  return result.data;
}

/**
 * Where uploads live, from the environment: local disk under `localFolder` unless
 * KEYFRAME_MEDIA_STORAGE=s3 (see README, "Media storage").
 */
export function mediaStorageConfig(env: Environment, localFolder: () => string): MediaStorageConfig {
  const values = present(env);
  if (parsed(KindSchema.safeParse(values.KEYFRAME_MEDIA_STORAGE)) === "local") {
    return { kind: "local", folder: localFolder() };
  }
  const s3 = parsed(S3Schema.safeParse(values));
  return {
    kind: "s3",
    bucket: s3.S3_BUCKET,
    region: s3.S3_REGION,
    endpoint: s3.S3_ENDPOINT,
    forcePathStyle: s3.S3_FORCE_PATH_STYLE,
    credentials:
      s3.S3_ACCESS_KEY_ID && s3.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: s3.S3_ACCESS_KEY_ID, secretAccessKey: s3.S3_SECRET_ACCESS_KEY }
        : undefined,
    keyPrefix: s3.S3_KEY_PREFIX,
  };
}
