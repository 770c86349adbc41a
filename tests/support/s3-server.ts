import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import type { S3Settings } from "@/lib/images/storage-config";

export type RunningS3 = {
  /** Settings for s3Storage; `env` says the same as environment variables, for imageStorage and scripts. */
  settings: S3Settings;
  env: Record<string, string>;
  stop(): Promise<void>;
};

// s3rver signs its list continuation tokens with DES, which OpenSSL 3 only offers through its legacy
// provider: without it, listing past the first page fails. Hence a process of its own, as a real store is.
const SERVER = `
const S3rver = require("s3rver");
new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: process.argv[1] })
  .run()
  .then(({ port }) => console.log(port));
`;

/** A real S3-compatible server (s3rver) on a free port, its bucket made, its objects in a temporary folder. */
export async function startS3Server(bucket = "keyframe-media"): Promise<RunningS3> {
  const directory = await mkdtemp(path.join(tmpdir(), "keyframe-s3-"));
  const server = spawn(process.execPath, ["--openssl-legacy-provider", "-e", SERVER, directory], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = once(server, "exit");
  const [line] = (await Promise.race([
    once(createInterface({ input: server.stdout }), "line"),
    exited.then(() => Promise.reject(new Error("s3rver stopped before it listened"))),
  ])) as [string];
  const endpoint = `http://127.0.0.1:${Number(line)}`;
  // s3rver accepts these fixed credentials.
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  const settings = { bucket, region: "us-east-1", endpoint, forcePathStyle: true, credentials, keyPrefix: "" };
  const client = new S3Client(settings);
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  client.destroy();
  return {
    settings,
    env: {
      KEYFRAME_MEDIA_STORAGE: "s3",
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    async stop() {
      server.kill("SIGTERM");
      await exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}
