-- What a work is adapted from, when known.
CREATE TYPE "SourceMaterial" AS ENUM ('ORIGINAL', 'MANGA', 'LIGHT_NOVEL', 'NOVEL', 'VISUAL_NOVEL', 'VIDEO_GAME', 'OTHER');

ALTER TABLE "Film" ADD COLUMN "sourceMaterial" "SourceMaterial";

-- A work's pages on other databases; one page there names at most one work here.
CREATE TABLE "FilmLink" (
    "id" SERIAL NOT NULL,
    "filmId" INTEGER NOT NULL,
    "site" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,

    CONSTRAINT "FilmLink_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "FilmLink_site_externalId_key" ON "FilmLink"("site", "externalId");

CREATE INDEX "FilmLink_filmId_idx" ON "FilmLink"("filmId");

ALTER TABLE "FilmLink" ADD CONSTRAINT "FilmLink_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film"("id") ON DELETE CASCADE ON UPDATE CASCADE;
