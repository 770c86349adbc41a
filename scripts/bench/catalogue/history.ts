import type { CopyValue } from "./copy";
import type { Catalogue, EntryColumns, FilmModel } from "./model";
import { apportion, Random, ZipfPicker } from "./random";
import { descriptionText, entrySectionValues, filmSectionValues, type SectionValues } from "./section-values";
import { between, CATALOGUE_END } from "./time";
import { SUMMARIES } from "./vocabulary";

// Revisions: every entry's history from its creation to what the tables hold now. A section's
// revisions step through states that grow towards the current values (a description sentence by
// sentence, credits a batch at a time), so each revision's `before` is the previous one's `after`
// and the newest one's `after` is exactly what the section reads today.

type EntityKind = "FILM" | "PERSON" | "CHARACTER";

/** How often contributors edit each section, relative to one another. */
const FILM_SECTION_WEIGHTS: Record<string, number> = {
  description: 30,
  general: 15,
  aliases: 8,
  genres: 10,
  themes: 6,
  associations: 2,
  credits: 12,
  characters: 8,
  segments: 4,
  relations: 3,
  franchise: 2,
};

/** Whole-section snapshots of long tables are large; a few revisions of them are plenty. */
const SECTION_CAPS: Record<string, number> = { credits: 3, characters: 3, segments: 3, relations: 3 };

const NEW_ENTRY_SECTION: Record<EntityKind, string> = {
  FILM: "new-film",
  PERSON: "new-person",
  CHARACTER: "new-character",
};

/** One entry's revisions in order: the section of each and when it was made. */
type EntryHistory = { kind: EntityKind; index: number; sections: string[]; times: number[] };

export type HistoryPlan = { entries: EntryHistory[]; total: number };

/** How many distinct states lead from a section's empty values to its current ones. */
function filmSteps(film: FilmModel): Record<string, number> {
  return {
    description: film.descriptionParts.length + 1,
    general: film.releases.length + (film.contentRating ? 1 : 0) + (film.runtimeMinutes ? 1 : 0),
    aliases: film.aliases.length,
    genres: film.genres.length,
    themes: film.themes.length,
    associations: film.concepts.length,
    credits: film.creditCount,
    characters: film.appearanceCount,
    segments: film.segments.length,
    relations: film.relations.length,
    franchise: film.franchise >= 0 ? 1 : 0,
  };
}

function textParts(text: string): string[] {
  return text === "" ? [] : text.split(/(?<=\.) /);
}

function entrySteps(columns: EntryColumns, index: number): number {
  return (columns.deck[index] ? 1 : 0) + textParts(columns.text[index]!).length;
}

function capacity(steps: Record<string, number>): number {
  return Object.entries(steps).reduce(
    (sum, [section, count]) => sum + Math.min(count, SECTION_CAPS[section] ?? count),
    1,
  );
}

/**
 * Decides every entry's revisions (how many, of which sections, when), exactly
 * `counts.revisions` of them, and sets each entry's `updatedAt` to its last revision.
 */
export function planHistory(catalogue: Catalogue): HistoryPlan {
  const random = new Random("history");
  const { counts, films, people, characters } = catalogue;
  const peopleShare = Math.min(Math.round(counts.revisions * 0.2), people.slug.length * 2);
  const characterShare = Math.min(Math.round(counts.revisions * 0.1), characters.slug.length * 2);
  const filmShare = counts.revisions - peopleShare - characterShare;
  const filmSteps_ = films.map(filmSteps);
  const perFilm = apportion(
    random,
    filmShare,
    films.map(() => 1 + 30 * Math.pow(random.next(), 6)),
    { min: 1, max: filmSteps_.map(capacity) },
  );
  const entries: EntryHistory[] = [];
  films.forEach((film, index) => {
    const count = perFilm[index]!;
    const sections = [NEW_ENTRY_SECTION.FILM, ...spread(random, count - 1, filmSteps_[index]!)];
    // An entry never edited since it was proposed still has the deck it was proposed with.
    if (!sections.includes("description")) film.initialDeck = film.deck;
    const times = schedule(random, film.createdAt.getTime(), sections.length);
    film.updatedAt = new Date(times.at(-1)!);
    entries.push({ kind: "FILM", index, sections, times });
  });
  entries.push(...planEntries(random, "PERSON", people, peopleShare));
  entries.push(...planEntries(random, "CHARACTER", characters, characterShare));
  return { entries, total: entries.reduce((sum, entry) => sum + entry.sections.length, 0) };
}

function planEntries(
  random: Random,
  kind: "PERSON" | "CHARACTER",
  columns: EntryColumns,
  total: number,
): EntryHistory[] {
  const section = kind === "PERSON" ? "person" : "character";
  const perEntry = apportion(
    random,
    total,
    columns.slug.map(() => Math.pow(random.next(), 3)),
    { min: 0, max: columns.slug.map((_, index) => 1 + entrySteps(columns, index)) },
  );
  const entries: EntryHistory[] = [];
  perEntry.forEach((count, index) => {
    if (count === 0) return;
    const sections = [NEW_ENTRY_SECTION[kind], ...Array.from({ length: count - 1 }, () => section)];
    const times = schedule(random, columns.createdAt[index]!.getTime(), count);
    columns.updatedAt[index] = new Date(times.at(-1)!);
    entries.push({ kind, index, sections, times });
  });
  return entries;
}

/** `count` section edits in a random order, each section at most as often as it has states. */
function spread(random: Random, count: number, steps: Record<string, number>): string[] {
  const left = Object.fromEntries(
    Object.entries(steps).map(([section, count_]) => [section, Math.min(count_, SECTION_CAPS[section] ?? count_)]),
  );
  const sections: string[] = [];
  while (sections.length < count) {
    const open = Object.keys(FILM_SECTION_WEIGHTS).filter((section) => left[section]! > 0);
    if (open.length === 0) break;
    const section = open[random.weighted(open.map((name) => FILM_SECTION_WEIGHTS[name]!))]!;
    left[section]! -= 1;
    sections.push(section);
  }
  return sections;
}

/** The first moment is the entry's creation; the rest fall in order after it. */
function schedule(random: Random, createdAt: number, count: number): number[] {
  const later = Array.from({ length: count - 1 }, () => between(random, createdAt + 60_000, CATALOGUE_END).getTime());
  return [createdAt, ...later.sort((a, b) => a - b)];
}

/** A section's state after `step` of its `steps` steps: 0 is empty, `steps` is today's values. */
function filmStateAt(
  catalogue: Catalogue,
  film: FilmModel,
  section: string,
  current: SectionValues,
  step: number,
  steps: number,
): SectionValues {
  if (step === steps) return current;
  switch (section) {
    case "description":
      return {
        deck: step >= 1 ? film.deck : film.initialDeck,
        description: descriptionText(film, Math.max(0, step - 1)),
      };
    case "general": {
      const releases = current.releases as unknown[];
      const withRating = film.contentRating ? 1 : 0;
      return {
        releases: releases.slice(0, step),
        contentRating: withRating && step > releases.length ? film.contentRating : null,
        runtimeMinutes: null,
        sourceMaterial: null,
        episodeCount: null,
      };
    }
    case "franchise":
      return { franchise: null };
    default: {
      const [key, rows] = Object.entries(current)[0] as [string, unknown[]];
      return { [key]: rows.slice(0, step) };
    }
  }
}

function entryStateAt(values: SectionValues, textKey: string, step: number, steps: number): SectionValues {
  if (step === steps) return values;
  const hasDeck = values.deck !== "";
  const sentences = Math.max(0, step - (hasDeck ? 1 : 0));
  return {
    ...values,
    deck: hasDeck && step >= 1 ? values.deck : "",
    [textKey]: textParts(values[textKey] as string)
      .slice(0, sentences)
      .join(" "),
  };
}

/** What the `new-*` proposal held: the first revision's `after`. */
function proposalValues(catalogue: Catalogue, entry: EntryHistory, editedLater: boolean): SectionValues {
  if (entry.kind === "FILM") {
    const film = catalogue.films[entry.index]!;
    return { title: film.title, nativeTitle: film.nativeTitle ?? "", format: film.format, deck: film.initialDeck };
  }
  const columns = entry.kind === "PERSON" ? catalogue.people : catalogue.characters;
  return {
    name: columns.name[entry.index]!,
    nativeName: columns.nativeName[entry.index] ?? "",
    deck: editedLater ? "" : columns.deck[entry.index]!,
  };
}

export const REVISION_COLUMNS = [
  "id",
  "entityType",
  "entityId",
  "filmId",
  "section",
  "number",
  "before",
  "after",
  "summary",
  "proposerId",
  "approverId",
  "createdAt",
] as const;

/**
 * The revision rows, produced lazily (their JSON is the bulk of the catalogue). Records the newest
 * revision of every entry's section in `newest`, for pending submissions to be based on.
 */
export function* revisionRows(
  catalogue: Catalogue,
  plan: HistoryPlan,
  firstId: number,
  newest: Map<string, number>,
): Generator<CopyValue[]> {
  const random = new Random("revisions");
  const { users } = catalogue;
  const proposers = new ZipfPicker(random, users.length, { exponent: 1, offset: 50 });
  const reviewers = [
    ...catalogue.existing.reviewerIds,
    ...users.flatMap((user, index) => (user.role === "MODERATOR" ? [catalogue.first.user + index] : [])),
  ];
  let id = firstId;
  for (const entry of plan.entries) {
    const entityId = entityIdOf(catalogue, entry);
    const filmId = entry.kind === "FILM" ? entityId : null;
    const film = entry.kind === "FILM" ? catalogue.films[entry.index]! : null;
    const steps = film ? filmSteps(film) : null;
    const counts = new Map<string, number>();
    for (const section of entry.sections) counts.set(section, (counts.get(section) ?? 0) + 1);
    const done = new Map<string, number>();
    const currentValues = new Map<string, SectionValues>();
    const stateOf = (section: string, step: number): SectionValues => {
      if (!currentValues.has(section)) {
        currentValues.set(
          section,
          film
            ? filmSectionValues(catalogue, film, section)
            : entrySectionValues(catalogue, entry.kind === "PERSON" ? "person" : "character", entry.index),
        );
      }
      const current = currentValues.get(section)!;
      if (film) return filmStateAt(catalogue, film, section, current, step, steps![section]!);
      const columns = entry.kind === "PERSON" ? catalogue.people : catalogue.characters;
      return entryStateAt(
        current,
        entry.kind === "PERSON" ? "bio" : "description",
        step,
        entrySteps(columns, entry.index),
      );
    };

    for (const [position, section] of entry.sections.entries()) {
      let before: SectionValues = {};
      let after: SectionValues;
      if (position === 0) {
        after = proposalValues(catalogue, entry, entry.sections.length > 1);
      } else {
        const total = film
          ? steps![section]!
          : entrySteps(entry.kind === "PERSON" ? catalogue.people : catalogue.characters, entry.index);
        const times = counts.get(section)!;
        const made = done.get(section) ?? 0;
        before = stateOf(section, Math.round((made * total) / times));
        after = stateOf(section, Math.round(((made + 1) * total) / times));
        done.set(section, made + 1);
      }
      const proposer = proposers.pick(random);
      const trusted = users[proposer]!.role !== "USER";
      const proposerId = catalogue.first.user + proposer;
      newest.set(`${entry.kind}:${entityId}:${section}`, id);
      yield [
        id,
        entry.kind,
        entityId,
        filmId,
        section,
        position + 1,
        before,
        after,
        random.pick(SUMMARIES[section] ?? ["Edited"]),
        proposerId,
        trusted ? proposerId : random.pick(reviewers),
        new Date(entry.times[position]!),
      ];
      id += 1;
    }
  }
}

function entityIdOf(catalogue: Catalogue, entry: { kind: EntityKind; index: number }): number {
  if (entry.kind === "FILM") return catalogue.films[entry.index]!.id;
  return (entry.kind === "PERSON" ? catalogue.first.person : catalogue.first.character) + entry.index;
}
