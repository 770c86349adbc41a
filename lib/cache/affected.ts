import "server-only";
import { db } from "@/lib/db";
import { isSectionId, SECTIONS } from "@/lib/submissions/sections";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { expireTags } from "./expire";
import { cacheTags } from "./tags";

type Neighbour = { kind: "film" | "person" | "character" | "list"; key: string };

const tagOf = ({ kind, key }: Neighbour) => (kind === "list" ? cacheTags.list(Number(key)) : cacheTags[kind](key));

/** Pages that show a film's title, poster or cast: its people, characters, related films and lists. */
function filmNeighbours(filmId: number) {
  return db.$queryRaw<Neighbour[]>`
    SELECT 'person' AS kind, p.slug AS key FROM "Credit" c JOIN "Person" p ON p.id = c."personId" WHERE c."filmId" = ${filmId}
    UNION SELECT 'person', p.slug FROM "CharacterAppearance" a
      JOIN "VoiceCredit" v ON v."appearanceId" = a.id JOIN "Person" p ON p.id = v."personId" WHERE a."filmId" = ${filmId}
    UNION SELECT 'character', ch.slug FROM "CharacterAppearance" a JOIN "Character" ch ON ch.id = a."characterId" WHERE a."filmId" = ${filmId}
    UNION SELECT 'film', f.slug FROM "FilmRelation" r JOIN "Film" f ON f.id = r."toFilmId" WHERE r."fromFilmId" = ${filmId}
    UNION SELECT 'film', f.slug FROM "FilmRelation" r JOIN "Film" f ON f.id = r."fromFilmId" WHERE r."toFilmId" = ${filmId}
    UNION SELECT 'list', i."listId"::text FROM "ListItem" i WHERE i."filmId" = ${filmId}`;
}

/** Pages that show a person's name: the films they worked on and the characters they voice. */
function personNeighbours(personId: number) {
  return db.$queryRaw<Neighbour[]>`
    SELECT 'film' AS kind, f.slug AS key FROM "Credit" c JOIN "Film" f ON f.id = c."filmId" WHERE c."personId" = ${personId}
    UNION SELECT 'film', f.slug FROM "VoiceCredit" v
      JOIN "CharacterAppearance" a ON a.id = v."appearanceId" JOIN "Film" f ON f.id = a."filmId" WHERE v."personId" = ${personId}
    UNION SELECT 'character', ch.slug FROM "VoiceCredit" v
      JOIN "CharacterAppearance" a ON a.id = v."appearanceId" JOIN "Character" ch ON ch.id = a."characterId" WHERE v."personId" = ${personId}`;
}

/** Pages that show a character's name: the films they appear in and the people who voice them. */
function characterNeighbours(characterId: number) {
  return db.$queryRaw<Neighbour[]>`
    SELECT 'film' AS kind, f.slug AS key FROM "CharacterAppearance" a JOIN "Film" f ON f.id = a."filmId" WHERE a."characterId" = ${characterId}
    UNION SELECT 'person', p.slug FROM "CharacterAppearance" a
      JOIN "VoiceCredit" v ON v."appearanceId" = a.id JOIN "Person" p ON p.id = v."personId" WHERE a."characterId" = ${characterId}`;
}

async function ownTag(entityType: EntityType, entityId: number): Promise<string[]> {
  const where = { where: { id: entityId }, select: { slug: true } };
  if (entityType === "FILM") {
    const film = await db.film.findUnique(where);
    return film ? [cacheTags.film(film.slug), cacheTags.recentFilms] : [];
  }
  const entry = await (entityType === "PERSON" ? db.person.findUnique(where) : db.character.findUnique(where));
  if (!entry) return [];
  return [entityType === "PERSON" ? cacheTags.person(entry.slug) : cacheTags.character(entry.slug)];
}

/**
 * The cache tags of every page that shows what a change to this section of this entry touches:
 * the entry's own page and, when the section is shown elsewhere, its neighbours' pages. Ask both
 * before and after applying a change, so that pages gaining or losing a link refresh too.
 */
export async function tagsShowingSection(entityType: EntityType, entityId: number, section: string): Promise<string[]> {
  const neighbours = !(isSectionId(section) && SECTIONS[section].shownElsewhere)
    ? []
    : entityType === "FILM"
      ? await filmNeighbours(entityId)
      : entityType === "PERSON"
        ? await personNeighbours(entityId)
        : await characterNeighbours(entityId);
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
