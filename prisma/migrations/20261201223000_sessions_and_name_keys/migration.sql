-- Sessions become rows, one per signed-in browser, so that signing out, a password change and a role
-- change can end them; the per-user version number they replace was never bumped.
ALTER TABLE "User" DROP COLUMN "sessionVersion";

CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Session_userId_idx" ON "Session"("userId");

ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every user's names, folded, each held by one user at most (see lib/users/names.ts).
CREATE TABLE "UserNameKey" (
    "key" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "UserNameKey_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "UserNameKey_userId_idx" ON "UserNameKey"("userId");

ALTER TABLE "UserNameKey" ADD CONSTRAINT "UserNameKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The existing names, folded as closely as SQL can to nameKey (NFKC, lower case, without separators
-- and invisible characters). Where two users' names already fold alike, the older account and the
-- username keep the key; the other name stays as it is until its owner changes it.
INSERT INTO "UserNameKey" ("key", "userId")
SELECT folded.key, folded.id
FROM (
    SELECT u.id, n.position,
        regexp_replace(lower(normalize(n.name, NFKC)),
            '[[:space:]_.\u002D\u00AD\u034F\u180E\u200B-\u200F\u2010-\u2015\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF]',
            '', 'g') AS key
    FROM "User" u
    CROSS JOIN LATERAL (VALUES (1, u.username), (2, u."displayName")) AS n(position, name)
) AS folded
WHERE folded.key <> ''
ORDER BY folded.id, folded.position
ON CONFLICT ("key") DO NOTHING;
