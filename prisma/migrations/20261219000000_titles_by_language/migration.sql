-- Titles by language: each alternative title of a work gets a language (a canonical BCP 47 tag)
-- and a kind. Nobody recorded either before, so existing titles are "und" (undetermined, BCP 47's
-- own tag for an unknown language) and synonyms: the only claims that are true of every one.
CREATE TYPE "TitleKind" AS ENUM ('OFFICIAL', 'ROMANISED', 'SYNONYM');

ALTER TABLE "Alias"
  ADD COLUMN "language" TEXT NOT NULL DEFAULT 'und',
  ADD COLUMN "kind" "TitleKind" NOT NULL DEFAULT 'SYNONYM';

-- One spelling can be a title in two languages ("Akira" in English and in romanised Japanese).
DROP INDEX "Alias_filmId_name_key";
CREATE UNIQUE INDEX "Alias_filmId_language_name_key" ON "Alias"("filmId", "language", "name");

-- The section's rows were plain strings in stored edits; they become { title, language, kind }
-- rows, so history shows, merges and reverts them like today's.
CREATE FUNCTION titled_alias(item jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(item) = 'string'
    THEN jsonb_build_object('title', item, 'language', 'und', 'kind', 'SYNONYM')
    ELSE item END
$$;

CREATE FUNCTION titled_aliases(list jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(list) = 'array'
    THEN (SELECT coalesce(jsonb_agg(titled_alias(item) ORDER BY position), '[]'::jsonb)
          FROM jsonb_array_elements(list) WITH ORDINALITY AS rows(item, position))
    ELSE list END
$$;

UPDATE "Revision" SET
  "before" = CASE WHEN "before" ? 'aliases'
    THEN jsonb_set("before", '{aliases}', titled_aliases("before" -> 'aliases')) ELSE "before" END,
  "after" = CASE WHEN "after" ? 'aliases'
    THEN jsonb_set("after", '{aliases}', titled_aliases("after" -> 'aliases')) ELSE "after" END
WHERE "section" = 'aliases';

UPDATE "Submission" SET "changes" = jsonb_set("changes", '{aliases}', jsonb_build_object(
    'before', titled_aliases("changes" -> 'aliases' -> 'before'),
    'after', titled_aliases("changes" -> 'aliases' -> 'after')))
WHERE "section" = 'aliases' AND "changes" ? 'aliases';

UPDATE "Submission" SET "conflict" = jsonb_set("conflict", '{aliases}',
    ("conflict" -> 'aliases')
    || jsonb_build_object(
      'base', titled_aliases("conflict" -> 'aliases' -> 'base'),
      'current', titled_aliases("conflict" -> 'aliases' -> 'current'),
      'proposed', titled_aliases("conflict" -> 'aliases' -> 'proposed'))
    || CASE WHEN jsonb_typeof("conflict" -> 'aliases' -> 'parts') = 'array'
      THEN jsonb_build_object('parts', (
        SELECT jsonb_agg(jsonb_build_object(
            'base', titled_alias(part -> 'base'),
            'current', titled_alias(part -> 'current'),
            'proposed', titled_alias(part -> 'proposed')) ORDER BY position)
        FROM jsonb_array_elements("conflict" -> 'aliases' -> 'parts') WITH ORDINALITY AS parts(part, position)))
      ELSE '{}'::jsonb END)
WHERE "section" = 'aliases' AND jsonb_typeof("conflict" -> 'aliases') = 'object';

DROP FUNCTION titled_aliases(jsonb);
DROP FUNCTION titled_alias(jsonb);
