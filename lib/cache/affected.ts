import "server-only";
import { db } from "@/lib/db";
import { isSectionId, SECTIONS } from "@/lib/submissions/sections";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { entryTable, findEntries, ownTags, type Neighbour } from "@/lib/entries/registry";
import { expireTags } from "./expire";
import { cacheTags } from "./tags";

const tagOf = ({ kind, key }: Neighbour) => (kind === "list" ? cacheTags.list(Number(key)) : cacheTags[kind](key));

async function ownTag(entityType: EntityType, entityId: number): Promise<string[]> {
  const [entry] = await findEntries(db, entityType, { ids: [entityId] });
  return entry ? ownTags(entityType, entry.slug) : [];
}

/**
 * The cache tags of every page that shows what a change to this section of this entry touches:
 * the entry's own page and, when the section is shown elsewhere, its neighbours' pages. Ask both
 * before and after applying a change, so that pages gaining or losing a link refresh too.
 */
export async function tagsShowingSection(entityType: EntityType, entityId: number, section: string): Promise<string[]> {
  const neighbours =
    isSectionId(section) && SECTIONS[section].shownElsewhere
      ? await db.$queryRaw<Neighbour[]>(entryTable(entityType).neighbours(entityId))
      : [];
  return [...(await ownTag(entityType, entityId)), ...neighbours.map(tagOf)];
}

export type ChangeTarget = { entityType: EntityType; entityId: number | null; section: string };

async function tagsShowingTarget(target: ChangeTarget | null): Promise<string[]> {
  return target?.entityId ? tagsShowingSection(target.entityType, target.entityId, target.section) : [];
}

/**
 * Runs a change that may apply to the catalogue at once (an approval, a revert, a trusted edit) and
 * then expires every page that showed the section before or shows it after. `target` is asked on
 * both sides, the second time with the change's result, so an entry the change created is found.
 */
export async function expiringPagesShowing<Result>(
  target: (result?: Result) => Promise<ChangeTarget | null>,
  change: () => Promise<Result>,
  applied: (result: Result) => boolean,
): Promise<Result> {
  const before = await tagsShowingTarget(await target());
  const result = await change();
  if (applied(result)) await expireTags([...before, ...(await tagsShowingTarget(await target(result)))]);
  return result;
}
