-- Cache expiry shared by every server process on this database (issue #19): each expiry is a row
-- announced with NOTIFY; each process acknowledges the rows it has applied.
CREATE TABLE "CacheExpiry" (
    "id" BIGSERIAL NOT NULL,
    "tags" TEXT[],
    "origin" TEXT NOT NULL,
    "expiredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheExpiry_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "CacheExpiry_expiredAt_idx" ON "CacheExpiry"("expiredAt");

CREATE TABLE "CacheInstance" (
    "id" TEXT NOT NULL,
    "appliedId" BIGINT NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheInstance_pkey" PRIMARY KEY ("id")
);

-- Records an expiry and announces it in one statement; NOTIFY is delivered when it commits. The
-- channel is EXPIRY_CHANNEL in lib/cache/shared-expiry/channel.ts.
CREATE FUNCTION record_cache_expiry(tags TEXT[], origin TEXT) RETURNS BIGINT
  LANGUAGE plpgsql
  AS $$
    DECLARE expiry_id BIGINT;
    BEGIN
      INSERT INTO "CacheExpiry" (tags, origin) VALUES (tags, origin) RETURNING id INTO expiry_id;
      PERFORM pg_notify('keyframe_cache_expiry', expiry_id::text);
      RETURN expiry_id;
    END
  $$;
