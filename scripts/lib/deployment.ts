import { z } from "zod";
import { parseTrustedProxies } from "../../lib/http/client-address.ts";

type Environment = Record<string, string | undefined>;

/**
 * A deployment is a site other instances may share: the operator says so (KEYFRAME_DEPLOYMENT=1), or
 * runs production against a database of their own (NODE_ENV=production with DATABASE_URL, the same
 * test that keeps the development accounts out of the seed). Anything else is one machine trying
 * Keyframe, where secrets generated into the data directory are enough.
 */
export function isDeployment(env: Environment): boolean {
  return env.KEYFRAME_DEPLOYMENT === "1" || (env.NODE_ENV === "production" && Boolean(env.DATABASE_URL));
}

// Next imports it as a raw AES-GCM key; it makes 32-byte ones itself.
const ActionsKeySchema = z
  .string()
  .refine((value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, "base64").length === 32, {
    message: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 32 random bytes in base64 (openssl rand -base64 32)",
  });

const NextAuthSecretSchema = z
  .string()
  .min(32, "NEXTAUTH_SECRET must be at least 32 characters (openssl rand -base64 32)");

const SHARED_SECRETS = ["NEXTAUTH_SECRET", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"] as const;

/**
 * What stops this environment from starting, in one line, or null: a bad TRUSTED_PROXIES, a shared
 * secret that is set but malformed, or, in a deployment, one that is missing (each instance would
 * otherwise make its own, and sessions and forms from one would fail on the others).
 */
export function startupProblem(env: Environment): string | null {
  try {
    parseTrustedProxies(env.TRUSTED_PROXIES);
  } catch (error) {
    return (error as Error).message;
  }
  if (isDeployment(env)) {
    const missing = SHARED_SECRETS.filter((name) => !env[name]);
    if (missing.length > 0) {
      return `A deployment (${env.KEYFRAME_DEPLOYMENT === "1" ? "KEYFRAME_DEPLOYMENT=1" : "NODE_ENV=production with DATABASE_URL"}) needs ${missing.join(" and ")} set, the same on every instance; see docs/deployment.md`;
    }
  }
  if (env.NEXTAUTH_SECRET && isDeployment(env)) {
    const parsed = NextAuthSecretSchema.safeParse(env.NEXTAUTH_SECRET);
    if (!parsed.success) return parsed.error.issues[0]!.message;
  }
  if (env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
    const parsed = ActionsKeySchema.safeParse(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY);
    if (!parsed.success) return parsed.error.issues[0]!.message;
  }
  return null;
}
