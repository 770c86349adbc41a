-- Uploaded images stay private until a revision puts them on their film.
CREATE TYPE "ImageStatus" AS ENUM ('PENDING', 'APPROVED');

ALTER TABLE "Image" ADD COLUMN "status" "ImageStatus" NOT NULL DEFAULT 'PENDING';

-- Images some revision already used (so they were approved once, and history shows them) stay public.
UPDATE "Image" SET "status" = 'APPROVED'
WHERE "id" IN (SELECT "posterId" FROM "Film" WHERE "posterId" IS NOT NULL)
   OR "id" IN (
     SELECT (side ->> 'posterId')::int
     FROM "Revision", LATERAL (VALUES ("before"), ("after")) AS sides(side)
     WHERE "section" = 'poster' AND jsonb_typeof(side -> 'posterId') = 'number'
   );

CREATE INDEX "Image_status_createdAt_idx" ON "Image"("status", "createdAt");
