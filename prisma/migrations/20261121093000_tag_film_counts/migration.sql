-- Each genre's and theme's number of films, stored so that /genres and /themes list them without
-- counting the whole FilmGenre and FilmTheme tables on every request.
ALTER TABLE "Genre" ADD COLUMN "filmCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Theme" ADD COLUMN "filmCount" INTEGER NOT NULL DEFAULT 0;

-- Keeps "filmCount" of the table named by TG_ARGV[0] equal to the rows naming it in TG_ARGV[1].
-- Statement-level with transition tables, like the list counters: one grouped update per statement.
CREATE FUNCTION film_count_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    change text := CASE TG_OP
      WHEN 'INSERT' THEN format('SELECT %I AS tag, 1 AS n FROM new_rows', TG_ARGV[1])
      WHEN 'DELETE' THEN format('SELECT %I AS tag, -1 AS n FROM old_rows', TG_ARGV[1])
      ELSE format('SELECT %1$I AS tag, 1 AS n FROM new_rows UNION ALL SELECT %1$I, -1 FROM old_rows', TG_ARGV[1])
    END;
  BEGIN
    EXECUTE format(
      'UPDATE %I t SET "filmCount" = t."filmCount" + c.n
       FROM (SELECT tag, sum(n)::int AS n FROM (%s) AS changed GROUP BY tag HAVING sum(n) <> 0) c
       WHERE t.id = c.tag',
      TG_ARGV[0], change);
    RETURN NULL;
  END
  $$;

CREATE FUNCTION film_count_reset() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    EXECUTE format('UPDATE %I SET "filmCount" = 0 WHERE "filmCount" <> 0', TG_ARGV[0]);
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "FilmGenre_count_insert" AFTER INSERT ON "FilmGenre"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION film_count_change('Genre', 'genreId');
CREATE TRIGGER "FilmGenre_count_delete" AFTER DELETE ON "FilmGenre"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION film_count_change('Genre', 'genreId');
CREATE TRIGGER "FilmGenre_count_update" AFTER UPDATE ON "FilmGenre"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION film_count_change('Genre', 'genreId');
CREATE TRIGGER "FilmGenre_count_truncate" AFTER TRUNCATE ON "FilmGenre"
  FOR EACH STATEMENT EXECUTE FUNCTION film_count_reset('Genre');

CREATE TRIGGER "FilmTheme_count_insert" AFTER INSERT ON "FilmTheme"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION film_count_change('Theme', 'themeId');
CREATE TRIGGER "FilmTheme_count_delete" AFTER DELETE ON "FilmTheme"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION film_count_change('Theme', 'themeId');
CREATE TRIGGER "FilmTheme_count_update" AFTER UPDATE ON "FilmTheme"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION film_count_change('Theme', 'themeId');
CREATE TRIGGER "FilmTheme_count_truncate" AFTER TRUNCATE ON "FilmTheme"
  FOR EACH STATEMENT EXECUTE FUNCTION film_count_reset('Theme');

-- Recounts every stored counter from scratch: for bulk loads that run with triggers switched off.
CREATE FUNCTION rebuild_counters() RETURNS void
  LANGUAGE sql
  AS $$
    UPDATE "List" l SET "itemCount" = coalesce(c.n, 0)
    FROM "List" x LEFT JOIN (SELECT "listId", count(*)::int AS n FROM "ListItem" GROUP BY "listId") c ON c."listId" = x.id
    WHERE l.id = x.id AND l."itemCount" IS DISTINCT FROM coalesce(c.n, 0);
    UPDATE "List" l SET "likeCount" = coalesce(c.n, 0)
    FROM "List" x LEFT JOIN (SELECT "listId", count(*)::int AS n FROM "ListLike" GROUP BY "listId") c ON c."listId" = x.id
    WHERE l.id = x.id AND l."likeCount" IS DISTINCT FROM coalesce(c.n, 0);
    UPDATE "Genre" g SET "filmCount" = (SELECT count(*) FROM "FilmGenre" f WHERE f."genreId" = g.id);
    UPDATE "Theme" t SET "filmCount" = (SELECT count(*) FROM "FilmTheme" f WHERE f."themeId" = t.id);
  $$;

SELECT rebuild_counters();
