-- A work is also found by its romanised title and by its segments' titles (issue #18). The values
-- are added on their own: PostgreSQL cannot use an enum value in the transaction that added it, and
-- the next migration rebuilds the search table with them.
ALTER TYPE "SearchNameSource" ADD VALUE 'ROMANISED';
ALTER TYPE "SearchNameSource" ADD VALUE 'SEGMENT';
ALTER TYPE "SearchNameSource" ADD VALUE 'SEGMENT_NATIVE';
