import { SubmissionError } from "../../errors";
import { rowField } from "@/lib/forms/numbered-rows";
import { relationKindLabel } from "@/lib/format/labels";
import type { FilmFormat } from "@/lib/generated/prisma/enums";
import { filmSummary, pickerFilms } from "@/lib/search/entry-works";
import { entryDetails, type NamedEntry } from "@/lib/search/entry-summary";
import { sameName } from "../shared-schema";
import { RELATIONS_FORM_FIELD, RelationsValuesSchema, relationRowsFromForm, type RelationsValues } from "./schema";
import type { SectionDefinition, Tx } from "../types";

type FilmRow = {
  id: number;
  slug: string;
  title: string;
  nativeTitle: string | null;
  year: number | null;
  format: FilmFormat;
};

/** Every film named by these slugs or titles, in one query. */
async function filmsNamed(tx: Tx, names: readonly string[]): Promise<FilmRow[]> {
  if (names.length === 0) return [];
  return tx.film.findMany({
    where: {
      OR: [
        { slug: { in: names.map((name) => name.toLowerCase()) } },
        ...names.map((name) => ({ title: { equals: name, mode: "insensitive" as const } })),
      ],
    },
    select: { id: true, slug: true, title: true, nativeTitle: true, year: true, format: true },
    // Films of one title are listed oldest entry first.
    orderBy: { id: "asc" },
  });
}

/** The film a typed name means, its slug first, else a title no other film shares; or why there is none. */
function resolveFilm(films: readonly FilmRow[], name: string): FilmRow | string {
  const bySlug = films.find((film) => film.slug === name.toLowerCase());
  if (bySlug) return bySlug;
  const byTitle = films.filter((film) => sameName(film.title, name));
  if (byTitle.length > 1) {
    const slugs = byTitle.map((film) => `“${film.slug}” (${entryDetails(filmSummary(film))})`).join(" or ");
    return `Several films are called “${name}”. Choose one from the suggestions, or type the slug of the one you mean: ${slugs}.`;
  }
  return byTitle[0] ?? `Keyframe has no film called “${name}”.`;
}

/** Each row's film, or the message to show beside it. */
async function resolveRows(tx: Tx, filmId: number, values: RelationsValues) {
  const films = await filmsNamed(
    tx,
    values.relations.map((relation) => relation.film),
  );
  const rows = values.relations.map((relation) => {
    const film = resolveFilm(films, relation.film);
    if (typeof film === "string") return { ...relation, error: film };
    if (film.id === filmId) return { ...relation, error: "A film cannot be related to itself." };
    return { kind: relation.kind, film: film.slug, error: null };
  });
  // A title and a slug for the same film are a repeat the schema could not see.
  return rows.map((row, index) =>
    !row.error && rows.slice(0, index).some((earlier) => earlier.kind === row.kind && earlier.film === row.film)
      ? { ...row, error: "This relation is listed twice." }
      : row,
  );
}

/** Similar and related works, stored as this film's outgoing links; pages show them from both sides. */
export const relations: SectionDefinition<RelationsValues> = {
  id: "relations",
  entityType: "FILM",
  title: "Similar and related works",
  fields: { relations: "Relations" },
  schema: RelationsValuesSchema,
  // Stored on this film, shown on both.
  shownElsewhere: true,
  rowKey: { relations: (relation) => `${relation.kind}:${relation.film}` },
  display: {
    relations: {
      line: (relation, _index, names) =>
        `${relationKindLabel(relation.kind)}: ${names.films[relation.film] ?? relation.film}`,
    },
  },
  namedEntries: { relations: (relation) => ({ films: [relation.film] }) },
  formField: RELATIONS_FORM_FIELD,
  fromForm: (fields) => ({ relations: relationRowsFromForm(fields) }),
  async resolve(tx, filmId, values) {
    const rows = await resolveRows(tx, filmId, values);
    return {
      values: { relations: rows.map(({ kind, film }) => ({ kind, film })) },
      errors: Object.fromEntries(
        rows.flatMap((row, index) => (row.error ? [[rowField("relations", index, "film"), [row.error]]] : [])),
      ),
    };
  },
  async read(tx, filmId) {
    const rows = await tx.filmRelation.findMany({
      where: { fromFilmId: filmId },
      orderBy: { id: "asc" },
      select: { kind: true, toFilm: { select: { slug: true } } },
    });
    return { relations: rows.map((row) => ({ kind: row.kind, film: row.toFilm.slug })) };
  },
  async write(tx, filmId, values) {
    const films = await tx.film.findMany({
      where: { slug: { in: values.relations.map((relation) => relation.film) } },
      select: { id: true, slug: true },
    });
    const idOf = new Map(films.map((film) => [film.slug, film.id]));
    const rows = values.relations.map((relation) => {
      const toFilmId = idOf.get(relation.film);
      // Only a film removed since the edit was proposed gets here.
      if (toFilmId === undefined)
        throw new SubmissionError("not-found", `There is no film “${relation.film}” any more.`);
      return { fromFilmId: filmId, toFilmId, kind: relation.kind };
    });
    await tx.filmRelation.deleteMany({ where: { fromFilmId: filmId } });
    await tx.filmRelation.createMany({ data: rows });
  },
  /** The films this one points to, for the pickers of its rows. */
  async choices(tx, filmId): Promise<NamedEntry[]> {
    const related = await tx.filmRelation.findMany({ where: { fromFilmId: filmId }, select: { toFilmId: true } });
    return pickerFilms(
      tx,
      related.map((relation) => relation.toFilmId),
    );
  },
};
