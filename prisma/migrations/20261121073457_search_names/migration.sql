-- Search: every name an entry can be found by, folded for matching, with trigram and full-text
-- indexes. Triggers keep "SearchName" in step with the rows it comes from, so every write path
-- (submissions, reverts, the seed, psql) keeps search right without remembering to.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Folds a name for matching: compatibility forms (full-width letters), accents, then case.
CREATE FUNCTION search_key(name text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT lower(unaccent('unaccent'::regdictionary, normalize(name, NFKC))) $$;

-- CreateEnum
CREATE TYPE "SearchNameSource" AS ENUM ('NAME', 'NATIVE_NAME', 'ALIAS', 'RELEASE');

-- CreateTable
CREATE TABLE "SearchName" (
    "id" BIGSERIAL NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "entityId" INTEGER NOT NULL,
    "source" "SearchNameSource" NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "words" tsvector NOT NULL,

    CONSTRAINT "SearchName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchName_entityType_entityId_idx" ON "SearchName"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "SearchName_key_idx" ON "SearchName"("key");

-- CreateIndex
CREATE INDEX "SearchName_key_trgm_idx" ON "SearchName" USING GIN ("key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SearchName_words_idx" ON "SearchName" USING GIN ("words");

-- CreateIndex
CREATE UNIQUE INDEX "SearchName_entityType_source_sourceId_key" ON "SearchName"("entityType", "source", "sourceId");


CREATE FUNCTION put_search_name(
  p_kind "EntityType", p_entity_id integer, p_source "SearchNameSource", p_source_id integer, p_name text
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_name IS NULL OR btrim(p_name) = '' THEN
    DELETE FROM "SearchName" WHERE "entityType" = p_kind AND "source" = p_source AND "sourceId" = p_source_id;
    RETURN;
  END IF;
  INSERT INTO "SearchName" ("entityType", "entityId", "source", "sourceId", "name", "key", "words")
  VALUES (p_kind, p_entity_id, p_source, p_source_id, p_name, search_key(p_name), to_tsvector('simple', search_key(p_name)))
  ON CONFLICT ("entityType", "source", "sourceId") DO UPDATE
    SET "entityId" = EXCLUDED."entityId", "name" = EXCLUDED."name", "key" = EXCLUDED."key", "words" = EXCLUDED."words";
END $$;

-- Films, people and characters: TG_ARGV names the entity type and its name and native-name columns.
CREATE FUNCTION sync_entry_search_names() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind "EntityType" := TG_ARGV[0];
  entry jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchName" WHERE "entityType" = kind AND "entityId" = OLD.id;
    RETURN NULL;
  END IF;
  entry := to_jsonb(NEW);
  PERFORM put_search_name(kind, NEW.id, 'NAME', NEW.id, entry ->> TG_ARGV[1]);
  PERFORM put_search_name(kind, NEW.id, 'NATIVE_NAME', NEW.id, entry ->> TG_ARGV[2]);
  RETURN NULL;
END $$;

-- A film's aliases and regional titles: TG_ARGV names the source and the column holding the name.
CREATE FUNCTION sync_film_search_names() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  name_source "SearchNameSource" := TG_ARGV[0];
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchName" WHERE "entityType" = 'FILM' AND "source" = name_source AND "sourceId" = OLD.id;
    RETURN NULL;
  END IF;
  PERFORM put_search_name('FILM', NEW."filmId", name_source, NEW.id, to_jsonb(NEW) ->> TG_ARGV[1]);
  RETURN NULL;
END $$;

CREATE TRIGGER "Film_search_names" AFTER INSERT OR DELETE OR UPDATE OF "title", "nativeTitle" ON "Film"
  FOR EACH ROW EXECUTE FUNCTION sync_entry_search_names('FILM', 'title', 'nativeTitle');
CREATE TRIGGER "Person_search_names" AFTER INSERT OR DELETE OR UPDATE OF "name", "nativeName" ON "Person"
  FOR EACH ROW EXECUTE FUNCTION sync_entry_search_names('PERSON', 'name', 'nativeName');
CREATE TRIGGER "Character_search_names" AFTER INSERT OR DELETE OR UPDATE OF "name", "nativeName" ON "Character"
  FOR EACH ROW EXECUTE FUNCTION sync_entry_search_names('CHARACTER', 'name', 'nativeName');
CREATE TRIGGER "Alias_search_names" AFTER INSERT OR DELETE OR UPDATE OF "name", "filmId" ON "Alias"
  FOR EACH ROW EXECUTE FUNCTION sync_film_search_names('ALIAS', 'name');
CREATE TRIGGER "Release_search_names" AFTER INSERT OR DELETE OR UPDATE OF "title", "filmId" ON "Release"
  FOR EACH ROW EXECUTE FUNCTION sync_film_search_names('RELEASE', 'title');

-- Refills the table from scratch: for bulk loads that run with triggers switched off.
CREATE FUNCTION rebuild_search_names() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "SearchName";
  INSERT INTO "SearchName" ("entityType", "entityId", "source", "sourceId", "name", "key", "words")
  SELECT kind, entity_id, source, source_id, name, search_key(name), to_tsvector('simple', search_key(name))
  FROM (
    SELECT 'FILM'::"EntityType" AS kind, id AS entity_id, 'NAME'::"SearchNameSource" AS source, id AS source_id, "title" AS name FROM "Film"
    UNION ALL SELECT 'FILM', id, 'NATIVE_NAME', id, "nativeTitle" FROM "Film"
    UNION ALL SELECT 'FILM', "filmId", 'ALIAS', id, "name" FROM "Alias"
    UNION ALL SELECT 'FILM', "filmId", 'RELEASE', id, "title" FROM "Release"
    UNION ALL SELECT 'PERSON', id, 'NAME', id, "name" FROM "Person"
    UNION ALL SELECT 'PERSON', id, 'NATIVE_NAME', id, "nativeName" FROM "Person"
    UNION ALL SELECT 'CHARACTER', id, 'NAME', id, "name" FROM "Character"
    UNION ALL SELECT 'CHARACTER', id, 'NATIVE_NAME', id, "nativeName" FROM "Character"
  ) names
  WHERE btrim(coalesce(name, '')) <> '';
$$;

SELECT rebuild_search_names();
