import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** The variable when set, else a random one made once and kept in `file` under the data directory. */
async function keptSecret(
  dataDir: string,
  file: string,
  configured: string | undefined,
  encoding: "base64" | "base64url",
): Promise<string> {
  if (configured) return configured;
  const kept = path.join(dataDir, file);
  if (existsSync(kept)) return (await readFile(kept, "utf8")).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString(encoding);
  await writeFile(kept, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * next-auth signs sessions with NEXTAUTH_SECRET. Without one, a random secret is made once and kept
 * beside the data, so sessions survive restarts without anyone having to configure it.
 */
export function authSecret(dataDir: string): Promise<string> {
  return keptSecret(dataDir, "auth-secret", process.env.NEXTAUTH_SECRET, "base64url");
}

/**
 * Next encrypts the values server actions close over with NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (and
 * salts action ids with it at build time). Kept like the auth secret, so that every instance started
 * from this data directory (`npm run start:cluster`) encrypts and decrypts alike.
 */
export function actionsEncryptionKey(dataDir: string): Promise<string> {
  return keptSecret(dataDir, "actions-encryption-key", process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, "base64");
}
