/**
 * Whether expiry is shared with other processes on the same database: on whenever a database is
 * configured, unless `KEYFRAME_SHARED_EXPIRY=off` (one process alone, or to show what goes wrong).
 */
export function isSharedExpiryOn(environment: Record<string, string | undefined> = process.env): boolean {
  return Boolean(environment.DATABASE_URL) && environment.KEYFRAME_SHARED_EXPIRY?.trim().toLowerCase() !== "off";
}
