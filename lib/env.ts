import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  // Optional read replicas of DATABASE_URL, comma-separated; see replicaDb in lib/db.ts.
  DATABASE_REPLICA_URLS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((url) => url.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_REPLICA_URLS must list postgresql:// URLs"))),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** The validated environment, read once; a bad value fails loudly at first use. */
export function env(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}
