-- Each list's item and like counts, stored on the list so that /lists can order by likes through an
-- index and show counts without counting the whole ListItem and ListLike tables.
ALTER TABLE "List" ADD COLUMN "itemCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "likeCount" INTEGER NOT NULL DEFAULT 0;

UPDATE "List" l SET "itemCount" = c.n
FROM (SELECT "listId", count(*)::int AS n FROM "ListItem" GROUP BY "listId") c
WHERE l.id = c."listId";

UPDATE "List" l SET "likeCount" = c.n
FROM (SELECT "listId", count(*)::int AS n FROM "ListLike" GROUP BY "listId") c
WHERE l.id = c."listId";

-- The newest public lists, walked backwards; the id settles lists created in the same instant.
DROP INDEX "List_visibility_createdAt_idx";
CREATE INDEX "List_visibility_createdAt_id_idx" ON "List"("visibility", "createdAt", "id");

-- The most liked public lists, in the order /lists shows them.
CREATE INDEX "List_visibility_likeCount_id_idx" ON "List"("visibility", "likeCount" DESC, "id");

-- Keeps the counter named by the trigger's argument ("itemCount" or "likeCount") equal to the rows
-- that name each list. Statement-level with transition tables: a COPY or createMany of a million
-- rows makes one grouped update, not a million; the database keeps the count whatever writes the rows.
CREATE FUNCTION list_counter_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    change text := CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT "listId", 1 AS n FROM new_rows'
      WHEN 'DELETE' THEN 'SELECT "listId", -1 AS n FROM old_rows'
      ELSE 'SELECT "listId", 1 AS n FROM new_rows UNION ALL SELECT "listId", -1 FROM old_rows'
    END;
  BEGIN
    EXECUTE format(
      'UPDATE "List" l SET %1$I = l.%1$I + c.n
       FROM (SELECT "listId", sum(n)::int AS n FROM (%2$s) AS changed GROUP BY "listId" HAVING sum(n) <> 0) c
       WHERE l.id = c."listId"',
      TG_ARGV[0], change);
    RETURN NULL;
  END
  $$;

-- TRUNCATE has no transition table: every list's counter starts again from nothing.
CREATE FUNCTION list_counter_reset() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    EXECUTE format('UPDATE "List" SET %1$I = 0 WHERE %1$I <> 0', TG_ARGV[0]);
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "ListItem_count_insert" AFTER INSERT ON "ListItem"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_counter_change('itemCount');
CREATE TRIGGER "ListItem_count_delete" AFTER DELETE ON "ListItem"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION list_counter_change('itemCount');
CREATE TRIGGER "ListItem_count_update" AFTER UPDATE ON "ListItem"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_counter_change('itemCount');
CREATE TRIGGER "ListItem_count_truncate" AFTER TRUNCATE ON "ListItem"
  FOR EACH STATEMENT EXECUTE FUNCTION list_counter_reset('itemCount');

CREATE TRIGGER "ListLike_count_insert" AFTER INSERT ON "ListLike"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_counter_change('likeCount');
CREATE TRIGGER "ListLike_count_delete" AFTER DELETE ON "ListLike"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION list_counter_change('likeCount');
CREATE TRIGGER "ListLike_count_update" AFTER UPDATE ON "ListLike"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_counter_change('likeCount');
CREATE TRIGGER "ListLike_count_truncate" AFTER TRUNCATE ON "ListLike"
  FOR EACH STATEMENT EXECUTE FUNCTION list_counter_reset('likeCount');
