-- A real catalogue (issue #18): romanised titles, broadcast slots, where to watch, and what an
-- outside source last said about each work it describes.
ALTER TABLE "Film" ADD COLUMN "romanisedTitle" TEXT,
  ADD COLUMN "romanisedByMachine" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "broadcastStart" TIMESTAMPTZ(3),
  ADD COLUMN "broadcastIntervalDays" INTEGER,
  ADD COLUMN "broadcastEnd" DATE;

-- CreateTable
CREATE TABLE "Stream" (
    "id" SERIAL NOT NULL,
    "filmId" INTEGER NOT NULL,
    "site" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "regions" TEXT[],
    "since" DATE,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Stream_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportedWork" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "filmId" INTEGER NOT NULL,
    "values" JSONB NOT NULL,
    "version" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportedWork_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Stream_filmId_site_externalId_key" ON "Stream"("filmId", "site", "externalId");
CREATE INDEX "Stream_filmId_position_idx" ON "Stream"("filmId", "position");
CREATE UNIQUE INDEX "ImportedWork_source_key_key" ON "ImportedWork"("source", "key");
CREATE INDEX "ImportedWork_filmId_idx" ON "ImportedWork"("filmId");

ALTER TABLE "Stream" ADD CONSTRAINT "Stream_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ImportedWork" ADD CONSTRAINT "ImportedWork_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film"("id") ON DELETE CASCADE ON UPDATE CASCADE;
