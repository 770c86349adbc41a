-- Series and their episodes: a TV, OVA or ONA work's episodes, named by kind and number; credits and
-- character appearances may name one episode, as they may name one segment.
CREATE TYPE "EpisodeKind" AS ENUM ('REGULAR', 'SPECIAL', 'RECAP');

ALTER TABLE "Film" ADD COLUMN "episodeCount" INTEGER;

CREATE TABLE "Episode" (
    "id" SERIAL NOT NULL,
    "filmId" INTEGER NOT NULL,
    "kind" "EpisodeKind" NOT NULL DEFAULT 'REGULAR',
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "nativeTitle" TEXT,
    "romanisedTitle" TEXT,
    "airDate" DATE,
    "airDatePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "runtimeMinutes" INTEGER,
    "synopsis" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Episode_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Episode_filmId_kind_number_key" ON "Episode"("filmId", "kind", "number");
CREATE INDEX "Episode_filmId_airDate_idx" ON "Episode"("filmId", "airDate");
CREATE INDEX "Episode_title_idx" ON "Episode"("title");

ALTER TABLE "Episode" ADD CONSTRAINT "Episode_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Credit" ADD COLUMN "episodeId" INTEGER;
CREATE INDEX "Credit_episodeId_idx" ON "Credit"("episodeId");
ALTER TABLE "Credit" ADD CONSTRAINT "Credit_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "CharacterAppearance" ADD COLUMN "episodeId" INTEGER;
CREATE INDEX "CharacterAppearance_episodeId_idx" ON "CharacterAppearance"("episodeId");
ALTER TABLE "CharacterAppearance" ADD CONSTRAINT "CharacterAppearance_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Search: an episode's titles find its work, kept in step by triggers like aliases' and releases'.
ALTER TYPE "SearchNameSource" ADD VALUE 'EPISODE';
ALTER TYPE "SearchNameSource" ADD VALUE 'EPISODE_NATIVE';
ALTER TYPE "SearchNameSource" ADD VALUE 'EPISODE_ROMANISED';

-- PostgreSQL cannot use an enum value in the transaction that added it; trigger arguments are text
-- until a trigger fires, and the rebuild function's body is checked only when it runs.
CREATE TRIGGER "Episode_search_names" AFTER INSERT OR DELETE OR UPDATE OF "title", "filmId" ON "Episode"
  FOR EACH ROW EXECUTE FUNCTION sync_film_search_names('EPISODE', 'title');
CREATE TRIGGER "Episode_native_search_names" AFTER INSERT OR DELETE OR UPDATE OF "nativeTitle", "filmId" ON "Episode"
  FOR EACH ROW EXECUTE FUNCTION sync_film_search_names('EPISODE_NATIVE', 'nativeTitle');
CREATE TRIGGER "Episode_romanised_search_names" AFTER INSERT OR DELETE OR UPDATE OF "romanisedTitle", "filmId" ON "Episode"
  FOR EACH ROW EXECUTE FUNCTION sync_film_search_names('EPISODE_ROMANISED', 'romanisedTitle');

-- rebuild_search_names() learns the episodes' titles in the next migration, with the studios.
