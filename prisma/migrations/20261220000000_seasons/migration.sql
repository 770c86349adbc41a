-- A work's season: the quarter of the year of its first Japanese release (winter January–March,
-- spring April–June, summer July–September, fall October–December, as MyAnimeList and AniList count).
CREATE TYPE "Season" AS ENUM ('WINTER', 'SPRING', 'SUMMER', 'FALL');

ALTER TABLE "Film" ADD COLUMN "seasonYear" INTEGER,
ADD COLUMN "season" "Season";

-- A season's chart (its works by format, then title) and the index of seasons, from the index alone.
CREATE INDEX "Film_seasonYear_season_format_title_idx" ON "Film"("seasonYear", "season", "format", "title");

-- A release date is the calendar day in its own region (Japan, for the releases read here), stored
-- as a date without a time zone: its month is read as stored, never shifted through UTC.
CREATE FUNCTION season_of(day date) RETURNS "Season"
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT (ARRAY['WINTER', 'SPRING', 'SUMMER', 'FALL']::"Season"[])[(extract(month FROM day)::int + 2) / 3] $$;

-- The premiere of the given films: their earliest Japanese release dated at least to the month (a
-- year alone cannot say the season). Films without one have no season.
CREATE FUNCTION refresh_film_seasons(film_ids int[]) RETURNS void
  LANGUAGE sql
  AS $$
    UPDATE "Film" f SET "seasonYear" = extract(year FROM p.premiere)::int, "season" = season_of(p.premiere)
    FROM (
      SELECT x.id, (
        SELECT min(r.date) FROM "Release" r
        WHERE r."filmId" = x.id AND r.region = 'JP' AND r."datePrecision" IN ('MONTH', 'DAY')
      ) AS premiere
      FROM unnest(film_ids) AS x(id)
    ) p
    WHERE f.id = p.id
      AND (f."seasonYear", f."season") IS DISTINCT FROM (extract(year FROM p.premiere)::int, season_of(p.premiere));
  $$;

-- Keeps the seasons of the films whose releases a statement wrote. Statement-level with transition
-- tables, like the counters: a General edit, the seed, a createMany or a COPY each make one update,
-- and no write path can forget it.
CREATE FUNCTION release_season_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM refresh_film_seasons(ARRAY(SELECT DISTINCT "filmId" FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM refresh_film_seasons(ARRAY(SELECT DISTINCT "filmId" FROM old_rows));
    ELSE
      PERFORM refresh_film_seasons(ARRAY(SELECT "filmId" FROM new_rows UNION SELECT "filmId" FROM old_rows));
    END IF;
    RETURN NULL;
  END
  $$;

-- TRUNCATE has no transition table, and leaves no release to date any film.
CREATE FUNCTION release_season_reset() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    UPDATE "Film" SET "seasonYear" = NULL, "season" = NULL WHERE "seasonYear" IS NOT NULL OR "season" IS NOT NULL;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "Release_season_insert" AFTER INSERT ON "Release"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION release_season_change();
CREATE TRIGGER "Release_season_delete" AFTER DELETE ON "Release"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION release_season_change();
CREATE TRIGGER "Release_season_update" AFTER UPDATE ON "Release"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION release_season_change();
CREATE TRIGGER "Release_season_truncate" AFTER TRUNCATE ON "Release"
  FOR EACH STATEMENT EXECUTE FUNCTION release_season_reset();

-- Every film's season from scratch: the backfill below, and bulk loads that run with triggers off.
CREATE FUNCTION rebuild_film_seasons() RETURNS void
  LANGUAGE sql
  AS $$ SELECT refresh_film_seasons(ARRAY(SELECT id FROM "Film")) $$;

SELECT rebuild_film_seasons();
