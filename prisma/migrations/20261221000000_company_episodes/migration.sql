-- A company may be credited for one episode of a series, as a credit or a character can.
ALTER TABLE "FilmCompany" ADD COLUMN "episodeId" INTEGER;

CREATE INDEX "FilmCompany_episodeId_idx" ON "FilmCompany"("episodeId");

ALTER TABLE "FilmCompany" ADD CONSTRAINT "FilmCompany_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;
