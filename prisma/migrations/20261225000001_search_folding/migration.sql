-- Search over real titles (issue #18): names are folded the way people type them, and Chinese and
-- Japanese titles are found by any part of them.

-- The long vowels of romanised Japanese spelt out, shortened ("shoujo", "shoojo" → "shojo"; "yuuki"
-- → "yuki"), as macrons are dropped with the other accents ("shōjo" → "shojo"). Both the stored
-- names and the search are folded alike, so an English "ou" folds on both sides too.
CREATE FUNCTION search_short_vowels(text text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT regexp_replace(regexp_replace(text, 'o[ou]+', 'o', 'g'), '([aeiu])\1+', '\1', 'g') $$;

-- Folds a name for matching: compatibility forms (full-width letters, half-width katakana), accents,
-- case, katakana to hiragana (so めもりーず finds メモリーズ), and long vowels.
CREATE OR REPLACE FUNCTION search_key(name text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT search_short_vowels(
      translate(lower(unaccent('unaccent'::regdictionary, normalize(name, NFKC))),
        'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶヽヾ',
        'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖゝゞ'))
  $$;

-- A folded name without spaces or punctuation, so "shingekinokyojin" finds "Shingeki no Kyojin".
-- Vowels that meet once the spaces go are shortened again, as they are in a search typed without
-- them ("garasunousagi" for "Garasu no Usagi"). The characters are listed rather than taken from
-- [:punct:], whose reach beyond ASCII depends on the database's locale.
CREATE FUNCTION search_compact(key text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT search_short_vowels(regexp_replace(key,
      '[\s\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E\u00A0-\u00BF\u2000-\u2BFF\u3000-\u3004\u3008-\u3020\u30FB\uFE30-\uFE4F]',
      '', 'g'))
  $$;

-- Chinese and Japanese do not separate words with spaces, so the text-search parser would take a
-- whole title for one word, and pg_trgm ignores these scripts under the C locale. Each run of them
-- becomes its overlapping pairs of characters and its last character ("進撃の巨人" → 進撃 撃の の巨
-- 巨人 人): a search made of the same pairs finds any part of a title two characters long or more,
-- through the same full-text index as other words.
CREATE FUNCTION search_grams(key text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(string_agg(
      CASE WHEN part[1] ~ '^[\u3005-\u3007\u3041-\u309F\u30A0-\u30FA\u30FC-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]'
        THEN (SELECT string_agg(substr(part[1], i, 2), ' ' ORDER BY i) FROM generate_series(1, length(part[1])) i)
        ELSE part[1] END,
      ' ' ORDER BY n), '')
    FROM regexp_matches(key,
      '[\u3005-\u3007\u3041-\u309F\u30A0-\u30FA\u30FC-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]+|[^\u3005-\u3007\u3041-\u309F\u30A0-\u30FA\u30FC-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]+',
      'g') WITH ORDINALITY AS m(part, n)
  $$;

-- What the full-text index holds for a folded name: its words (pairs of characters for Chinese and
-- Japanese), and the whole name without spaces as one more word (unless longer than a word of a
-- tsvector may be, as to_tsvector leaves out such words).
CREATE FUNCTION search_vector(key text) RETURNS tsvector
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT to_tsvector('simple', search_grams(key))
      || CASE WHEN compact = '' OR octet_length(compact) >= 2048 THEN ''::tsvector ELSE array_to_tsvector(ARRAY[compact]) END
    FROM search_compact(key) AS compact
  $$;

-- The search as a full-text query: every word (or pair of characters), the last one as a prefix, in
-- any order; or the whole search without spaces as the start of a name ("shingekino" finds
-- "Shingeki no Kyojin"). A compact key holds neither quotes nor backslashes, so it can be quoted as
-- it is. NULL when the search has no words.
CREATE OR REPLACE FUNCTION search_words(query text) RETURNS tsquery
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT CASE
      WHEN numnode(words) = 0 AND compact = '' THEN NULL
      WHEN numnode(words) = 0 THEN ('''' || compact || ''':*')::tsquery
      WHEN compact = '' THEN (words::text || ':*')::tsquery
      ELSE (words::text || ':*')::tsquery || ('''' || compact || ''':*')::tsquery
    END
    FROM (SELECT search_key(query) AS key) folded,
      LATERAL plainto_tsquery('simple', search_grams(folded.key)) AS words,
      LATERAL search_compact(folded.key) AS compact
  $$;

ALTER TABLE "SearchName" ADD COLUMN "compact" TEXT NOT NULL DEFAULT '';

CREATE OR REPLACE FUNCTION put_search_name(
  p_kind "EntityType", p_entity_id integer, p_source "SearchNameSource", p_source_id integer, p_name text
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  folded text;
BEGIN
  IF p_name IS NULL OR btrim(p_name) = '' THEN
    DELETE FROM "SearchName" WHERE "entityType" = p_kind AND "source" = p_source AND "sourceId" = p_source_id;
    RETURN;
  END IF;
  folded := search_key(p_name);
  INSERT INTO "SearchName" ("entityType", "entityId", "source", "sourceId", "name", "key", "compact", "words")
  VALUES (p_kind, p_entity_id, p_source, p_source_id, p_name, folded, search_compact(folded), search_vector(folded))
  ON CONFLICT ("entityType", "source", "sourceId") DO UPDATE
    SET "entityId" = EXCLUDED."entityId", "name" = EXCLUDED."name", "key" = EXCLUDED."key",
      "compact" = EXCLUDED."compact", "words" = EXCLUDED."words";
END $$;

-- A name kept on the film's own row beside its title: TG_ARGV names the source and the column.
-- Deleting the film is left to "Film_search_names", which removes all of its names.
CREATE FUNCTION sync_film_own_search_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM put_search_name('FILM', NEW.id, TG_ARGV[0]::"SearchNameSource", NEW.id, to_jsonb(NEW) ->> TG_ARGV[1]);
  RETURN NULL;
END $$;

CREATE TRIGGER "Film_romanised_search_names" AFTER INSERT OR UPDATE OF "romanisedTitle" ON "Film"
  FOR EACH ROW EXECUTE FUNCTION sync_film_own_search_name('ROMANISED', 'romanisedTitle');
CREATE TRIGGER "Segment_search_names" AFTER INSERT OR DELETE OR UPDATE OF "title", "filmId" ON "Segment"
  FOR EACH ROW EXECUTE FUNCTION sync_film_search_names('SEGMENT', 'title');
CREATE TRIGGER "Segment_native_search_names" AFTER INSERT OR DELETE OR UPDATE OF "nativeTitle", "filmId" ON "Segment"
  FOR EACH ROW EXECUTE FUNCTION sync_film_search_names('SEGMENT_NATIVE', 'nativeTitle');

-- Refills the table from scratch: for bulk loads that run with triggers switched off.
CREATE OR REPLACE FUNCTION rebuild_search_names() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "SearchName";
  INSERT INTO "SearchName" ("entityType", "entityId", "source", "sourceId", "name", "key", "compact", "words")
  SELECT kind, entity_id, source, source_id, name, key, search_compact(key), search_vector(key)
  FROM (
    SELECT kind, entity_id, source, source_id, name, search_key(name) AS key
    FROM (
      SELECT 'FILM'::"EntityType" AS kind, id AS entity_id, 'NAME'::"SearchNameSource" AS source, id AS source_id, "title" AS name FROM "Film"
      UNION ALL SELECT 'FILM', id, 'NATIVE_NAME', id, "nativeTitle" FROM "Film"
      UNION ALL SELECT 'FILM', id, 'ROMANISED', id, "romanisedTitle" FROM "Film"
      UNION ALL SELECT 'FILM', "filmId", 'ALIAS', id, "name" FROM "Alias"
      UNION ALL SELECT 'FILM', "filmId", 'RELEASE', id, "title" FROM "Release"
      UNION ALL SELECT 'FILM', "filmId", 'EPISODE', id, "title" FROM "Episode"
      UNION ALL SELECT 'FILM', "filmId", 'EPISODE_NATIVE', id, "nativeTitle" FROM "Episode"
      UNION ALL SELECT 'FILM', "filmId", 'EPISODE_ROMANISED', id, "romanisedTitle" FROM "Episode"
      UNION ALL SELECT 'FILM', "filmId", 'SEGMENT', id, "title" FROM "Segment"
      UNION ALL SELECT 'FILM', "filmId", 'SEGMENT_NATIVE', id, "nativeTitle" FROM "Segment"
      UNION ALL SELECT 'PERSON', id, 'NAME', id, "name" FROM "Person"
      UNION ALL SELECT 'PERSON', id, 'NATIVE_NAME', id, "nativeName" FROM "Person"
      UNION ALL SELECT 'CHARACTER', id, 'NAME', id, "name" FROM "Character"
      UNION ALL SELECT 'CHARACTER', id, 'NATIVE_NAME', id, "nativeName" FROM "Character"
      UNION ALL SELECT 'STUDIO', id, 'NAME', id, "name" FROM "Studio"
      UNION ALL SELECT 'STUDIO', id, 'NATIVE_NAME', id, "nativeName" FROM "Studio"
    ) names
    WHERE btrim(coalesce(name, '')) <> ''
  ) folded;
$$;

SELECT rebuild_search_names();
ALTER TABLE "SearchName" ALTER COLUMN "compact" DROP DEFAULT;
