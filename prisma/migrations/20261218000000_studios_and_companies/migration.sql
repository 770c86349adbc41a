-- Studios: companies credited on works, a kind of entry with its own pages.
ALTER TYPE "EntityType" ADD VALUE 'STUDIO';

CREATE TYPE "CompanyRole" AS ENUM ('ANIMATION_PRODUCTION', 'PRODUCTION', 'DISTRIBUTOR', 'LICENSOR');

CREATE TABLE "Studio" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nativeName" TEXT,
    "deck" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Studio_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Studio_slug_key" ON "Studio"("slug");

CREATE INDEX "Studio_name_idx" ON "Studio"("name");

-- A studio's part in a work: in one region or everywhere, for the whole work or one segment.
CREATE TABLE "FilmCompany" (
    "id" SERIAL NOT NULL,
    "filmId" INTEGER NOT NULL,
    "studioId" INTEGER NOT NULL,
    "role" "CompanyRole" NOT NULL,
    "region" TEXT,
    "segmentId" INTEGER,
    "position" INTEGER NOT NULL,

    CONSTRAINT "FilmCompany_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "FilmCompany_filmId_position_idx" ON "FilmCompany"("filmId", "position");

CREATE INDEX "FilmCompany_studioId_idx" ON "FilmCompany"("studioId");

CREATE INDEX "FilmCompany_segmentId_idx" ON "FilmCompany"("segmentId");

ALTER TABLE "FilmCompany" ADD CONSTRAINT "FilmCompany_filmId_fkey" FOREIGN KEY ("filmId") REFERENCES "Film"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "FilmCompany" ADD CONSTRAINT "FilmCompany_studioId_fkey" FOREIGN KEY ("studioId") REFERENCES "Studio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "FilmCompany" ADD CONSTRAINT "FilmCompany_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Studios are found by name and native name, as people are. The new enum value cannot be used in
-- this transaction, so the trigger passes it as text and the function casts it when it runs.
CREATE TRIGGER "Studio_search_names" AFTER INSERT OR DELETE OR UPDATE OF "name", "nativeName" ON "Studio"
  FOR EACH ROW EXECUTE FUNCTION sync_entry_search_names('STUDIO', 'name', 'nativeName');

-- Bulk loads refill the search table with studios too (and episodes' titles, from the migration before) ('STUDIO' cast at run time, for the reason above).
CREATE OR REPLACE FUNCTION rebuild_search_names() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "SearchName";
  INSERT INTO "SearchName" ("entityType", "entityId", "source", "sourceId", "name", "key", "words")
  SELECT kind, entity_id, source, source_id, name, search_key(name), to_tsvector('simple', search_key(name))
  FROM (
    SELECT 'FILM'::"EntityType" AS kind, id AS entity_id, 'NAME'::"SearchNameSource" AS source, id AS source_id, "title" AS name FROM "Film"
    UNION ALL SELECT 'FILM', id, 'NATIVE_NAME', id, "nativeTitle" FROM "Film"
    UNION ALL SELECT 'FILM', "filmId", 'ALIAS', id, "name" FROM "Alias"
    UNION ALL SELECT 'FILM', "filmId", 'RELEASE', id, "title" FROM "Release"
    UNION ALL SELECT 'FILM', "filmId", 'EPISODE', id, "title" FROM "Episode"
    UNION ALL SELECT 'FILM', "filmId", 'EPISODE_NATIVE', id, "nativeTitle" FROM "Episode"
    UNION ALL SELECT 'FILM', "filmId", 'EPISODE_ROMANISED', id, "romanisedTitle" FROM "Episode"
    UNION ALL SELECT 'PERSON', id, 'NAME', id, "name" FROM "Person"
    UNION ALL SELECT 'PERSON', id, 'NATIVE_NAME', id, "nativeName" FROM "Person"
    UNION ALL SELECT 'CHARACTER', id, 'NAME', id, "name" FROM "Character"
    UNION ALL SELECT 'CHARACTER', id, 'NATIVE_NAME', id, "nativeName" FROM "Character"
    UNION ALL SELECT 'STUDIO'::text::"EntityType", id, 'NAME', id, "name" FROM "Studio"
    UNION ALL SELECT 'STUDIO'::text::"EntityType", id, 'NATIVE_NAME', id, "nativeName" FROM "Studio"
  ) names
  WHERE btrim(coalesce(name, '')) <> '';
$$;
