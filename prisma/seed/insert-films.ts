import type { Prisma } from "../../lib/generated/prisma/client";
import { slugify } from "../../lib/format/slug";
import { isSectionId, sectionOf } from "../../lib/submissions/sections";
import { SEED_EDITOR, SEED_REVISION_SUMMARY } from "./community";
import { seedFilms } from "./films";
import { needRow } from "./need-row";
import { CREDIT_ROLES, people } from "./people";
import { studios } from "./studios";
import type { FilmSection, FilmSeed, ReleaseSeed } from "./types";

/** Inserts the missing films with all their child rows; returns how many films it inserted. */
export async function insertFilms(tx: Prisma.TransactionClient): Promise<number> {
  const inserted = await tx.film.createManyAndReturn({
    data: seedFilms.map((film) => ({
      slug: film.slug,
      title: film.title,
      nativeTitle: film.nativeTitle,
      format: film.format,
      contentRating: film.contentRating,
      runtimeMinutes: film.runtimeMinutes,
      sourceMaterial: film.sourceMaterial,
      episodeCount: film.episodeCount ?? null,
      deck: film.deck,
      description: film.description,
      year: earliestYear(film.releases),
    })),
    skipDuplicates: true,
    select: { id: true, slug: true },
  });
  if (inserted.length === 0) return 0;

  const seedBySlug = new Map(seedFilms.map((film) => [film.slug, film]));
  const created = inserted.map(({ id, slug }) => ({
    id,
    film: needRow(seedBySlug, slug, "film"),
  }));

  // One transaction runs its queries one at a time, so these stay sequential.
  const roles = await tx.creditRole.findMany({
    where: { name: { in: [...CREDIT_ROLES] } },
    select: { id: true, name: true },
  });
  const persons = await tx.person.findMany({
    where: { slug: { in: people.map((person) => slugify(person.name)) } },
    select: { id: true, slug: true, name: true },
  });
  const editor = await tx.user.findUniqueOrThrow({
    where: { username: SEED_EDITOR },
    select: { id: true },
  });
  const roleByName = new Map(roles.map((role) => [role.name, role]));
  const personBySlug = new Map(persons.map((person) => [person.slug, person]));

  const segments = await tx.segment.createManyAndReturn({
    data: created.flatMap(({ id, film }) =>
      film.segments.map((segment, index) => ({
        filmId: id,
        position: index + 1,
        ...segment,
      })),
    ),
    select: { id: true, filmId: true, position: true, title: true },
  });
  const segmentAt = new Map(segments.map((segment) => [`${segment.filmId}:${segment.position}`, segment]));

  const credits = created.flatMap(({ id, film }) =>
    film.credits.map((credit, index) => {
      const person = needRow(personBySlug, credit.person, "person");
      const role = needRow(roleByName, credit.role, "credit role");
      const segment = credit.segment === null ? null : needRow(segmentAt, `${id}:${credit.segment}`, "segment");
      return {
        filmId: id,
        position: index + 1,
        person,
        role,
        segment,
        note: credit.note,
      };
    }),
  );
  await tx.credit.createMany({
    data: credits.map(({ filmId, position, person, role, segment, note }) => ({
      filmId,
      position,
      personId: person.id,
      roleId: role.id,
      segmentId: segment?.id ?? null,
      note,
    })),
  });

  await tx.release.createMany({
    data: created.flatMap(({ id, film }) =>
      film.releases.map((release, index) => ({
        filmId: id,
        position: index + 1,
        region: release.region,
        title: release.title,
        date: new Date(`${release.date}T00:00:00Z`),
        datePrecision: release.datePrecision,
      })),
    ),
  });

  await tx.episode.createMany({
    data: created.flatMap(({ id, film }) =>
      (film.episodes ?? []).map((episode) => ({
        filmId: id,
        ...episode,
        airDate: new Date(`${episode.airDate}T00:00:00Z`),
      })),
    ),
  });

  await tx.alias.createMany({
    data: created.flatMap(({ id, film }) =>
      film.aliases.map((alias) => ({ filmId: id, name: alias.title, language: alias.language, kind: alias.kind })),
    ),
  });

  await tx.filmLink.createMany({
    data: created.flatMap(({ id, film }) =>
      film.links.map((link) => ({ filmId: id, site: link.site, externalId: link.id })),
    ),
  });

  const studioRows = await tx.studio.findMany({
    where: { slug: { in: studios.map((studio) => studio.slug) } },
    select: { id: true, slug: true },
  });
  const studioBySlug = new Map(studioRows.map((studio) => [studio.slug, studio]));
  await tx.filmCompany.createMany({
    data: created.flatMap(({ id, film }) =>
      film.companies.map((company, index) => ({
        filmId: id,
        position: index + 1,
        studioId: needRow(studioBySlug, company.studio, "studio").id,
        role: company.role,
        region: company.region,
        segmentId: company.segment === null ? null : needRow(segmentAt, `${id}:${company.segment}`, "segment").id,
      })),
    ),
  });

  // The film's history: one approved revision per imported section, numbered 1..n per film.
  // Editable sections are snapshotted exactly as the submission engine reads them, so that edits
  // based on these revisions merge against the same shape.
  const revisions = [];
  for (const { id, film } of created) {
    for (const [index, section] of film.history.entries()) {
      const after = isSectionId(section) ? await sectionOf(section).read(tx, id) : sectionSnapshot(film, section);
      revisions.push({
        entityType: "FILM" as const,
        entityId: id,
        filmId: id,
        section,
        number: index + 1,
        before: {},
        after: after as Prisma.InputJsonObject,
        summary: SEED_REVISION_SUMMARY,
        proposerId: editor.id,
        approverId: null,
      });
    }
  }
  await tx.revision.createMany({ data: revisions });

  return inserted.length;
}

/** A section's content after the import, as a revision's `after`: always an object of fields. */
function sectionSnapshot(
  film: FilmSeed,
  section: Exclude<FilmSection, "description" | "general" | "credits" | "segments" | "episodes">,
): Prisma.InputJsonObject {
  switch (section) {
    case "aliases":
      return { aliases: film.aliases };
  }
}

function earliestYear(releases: readonly ReleaseSeed[]): number | null {
  const years = releases.map((release) => Number(release.date.slice(0, 4)));
  return years.length === 0 ? null : Math.min(...years);
}
