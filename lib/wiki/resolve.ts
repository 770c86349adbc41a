import "server-only";
import { db } from "@/lib/db";
import { wikiLinkKey, wikiLinkTargets, type ResolvedWikiLinks, type WikiLinkTarget } from "./links";

export type { ResolvedWikiLinks };

const slugsOf = (targets: WikiLinkTarget[], kind: WikiLinkTarget["kind"]) =>
  targets.filter((target) => target.kind === kind).map((target) => target.slug);

/** Looks up every entry a text links to, one query per kind of entry. */
export async function resolveWikiLinks(...texts: string[]): Promise<ResolvedWikiLinks> {
  const targets = texts.flatMap((text) => wikiLinkTargets(text));
  const [films, people, characters] = await Promise.all([
    lookup(slugsOf(targets, "film"), (slugs) =>
      db.film.findMany({ where: { slug: { in: slugs } }, select: { slug: true, title: true } }),
    ),
    lookup(slugsOf(targets, "person"), (slugs) =>
      db.person.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } }),
    ),
    lookup(slugsOf(targets, "character"), (slugs) =>
      db.character.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } }),
    ),
  ]);
  const resolved = new Map<string, { href: string; title: string }>();
  for (const film of films) {
    resolved.set(wikiLinkKey({ kind: "film", slug: film.slug }), { href: `/films/${film.slug}`, title: film.title });
  }
  for (const person of people) {
    resolved.set(wikiLinkKey({ kind: "person", slug: person.slug }), {
      href: `/people/${person.slug}`,
      title: person.name,
    });
  }
  for (const character of characters) {
    resolved.set(wikiLinkKey({ kind: "character", slug: character.slug }), {
      href: `/characters/${character.slug}`,
      title: character.name,
    });
  }
  return resolved;
}

async function lookup<T>(slugs: string[], find: (slugs: string[]) => Promise<T[]>): Promise<T[]> {
  return slugs.length === 0 ? [] : find(slugs);
}
