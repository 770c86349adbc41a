/** The NOTIFY channel announcing a new "CacheExpiry" row (its id); record_cache_expiry sends it. */
export const EXPIRY_CHANNEL = "keyframe_cache_expiry";
