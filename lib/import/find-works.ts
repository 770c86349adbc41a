import type { Prisma } from "@/lib/generated/prisma/client";
import { linkKey } from "@/lib/submissions/sections/links/schema";
import { linkOwners, matchByLinks, titleCandidates } from "./match";
import type { KnownWork } from "./propose-updates";
import type { ImportValues, MappedWork } from "./values";
import { BANGUMI_SOURCE } from "./source";

/** The work without the links another work holds, and how many that left off. */
function withoutOthersLinks(work: MappedWork, owners: Map<string, number>, filmId: number | null) {
  const links = work.values.links.links.filter((link) => {
    const owner = owners.get(linkKey(link));
    return owner === undefined || owner === filmId;
  });
  const dropped = work.values.links.links.length - links.length;
  return { work: { ...work, values: { ...work.values, links: { links } } }, dropped };
}

/**
 * Sorts the items into works imported before (by key), works Keyframe has that were never
 * imported (by link, then by title and year; a work claimed by another key is never taken twice),
 * and works to create. Each keeps only the links no other work holds.
 */
export async function findWorks(tx: Prisma.TransactionClient, works: readonly MappedWork[]) {
  const imported = await tx.importedWork.findMany({
    where: { source: BANGUMI_SOURCE },
    select: { id: true, key: true, filmId: true, values: true },
  });
  const importedByKey = new Map(imported.map((row) => [row.key, row]));
  const claimed = new Set(imported.map((row) => row.filmId));
  const owners = await linkOwners(tx, works);
  let dropped = 0;
  const known: KnownWork[] = [];
  const unknown: MappedWork[] = [];
  for (const work of works) {
    const row = importedByKey.get(work.key);
    if (!row) {
      unknown.push(work);
      continue;
    }
    const own = withoutOthersLinks(work, owners, row.filmId);
    dropped += own.dropped;
    known.push({ work: own.work, filmId: row.filmId, importedId: row.id, stored: row.values as Partial<ImportValues> });
  }
  const candidates = await titleCandidates(
    tx,
    unknown.filter((work) => matchByLinks(work, owners, claimed) === null),
  );
  const matches: { work: MappedWork; filmId: number }[] = [];
  const fresh: MappedWork[] = [];
  for (const work of unknown) {
    const filmId =
      matchByLinks(work, owners, claimed) ??
      candidates.get(work.index)?.find((candidate) => !claimed.has(candidate)) ??
      null;
    if (filmId !== null) claimed.add(filmId);
    const own = withoutOthersLinks(work, owners, filmId);
    dropped += own.dropped;
    if (filmId === null) fresh.push(own.work);
    else matches.push({ work: own.work, filmId });
  }
  return { known, matches, fresh, dropped };
}
