import "server-only";
import { db } from "@/lib/db";
import { ENTRY_KINDS, entryHref } from "@/lib/entries/kinds";
import { findEntries } from "@/lib/entries/registry";
import { wikiLinkKey, wikiLinkTargets, type ResolvedWikiLinks } from "./links";

export type { ResolvedWikiLinks };

/** Looks up every entry a text links to, one query per kind of entry. */
export async function resolveWikiLinks(...texts: string[]): Promise<ResolvedWikiLinks> {
  const targets = texts.flatMap((text) => wikiLinkTargets(text));
  const found = await Promise.all(
    Object.values(ENTRY_KINDS).map(async (kind) => {
      const slugs = targets.filter((target) => target.kind === kind.key).map((target) => target.slug);
      const entries = await findEntries(db, kind.entityType, { slugs });
      return entries.map(
        (entry) =>
          [
            wikiLinkKey({ kind: kind.key, slug: entry.slug }),
            { href: entryHref(kind.entityType, entry.slug), title: entry.name },
          ] as const,
      );
    }),
  );
  return new Map(found.flat());
}
