import { diffValues } from "../../../lib/submissions/change-set";
import type { AliasValue } from "../../../lib/submissions/sections/aliases/schema";
import { VOICE_LANGUAGES } from "../../../lib/submissions/sections/characters/schema";
import { CONTENT_RATINGS } from "../../../lib/submissions/sections/general/schema";
import { sameName, byName } from "../../../lib/submissions/sections/shared-schema";
import type { CopyValue } from "./copy";
import type { Catalogue, FilmModel, Named, PeopleColumns } from "./model";

import { Random, ZipfPicker } from "./random";
import { entrySectionValues, filmSectionValues, unknownLanguageTitle, type SectionValues } from "./section-values";
import { between, EPOCH, PENDING_START } from "./time";
import { japaneseName, makeTitle, misspell, premise } from "./titles";
import { RELEASE_REGIONS, SOURCES, SUMMARIES } from "./vocabulary";

// Pending submissions: proposals a contributor would really make against the newest revision of
// a section (one more alias, a voice actor, a longer synopsis...), stored as the engine stores them:
// a change set of the fields that differ, or a proposed entry's fields.

const SECTION_WEIGHTS: Record<string, number> = {
  description: 25,
  general: 12,
  aliases: 8,
  genres: 6,
  themes: 5,
  associations: 2,
  credits: 10,
  characters: 6,
  segments: 2,
  relations: 3,
  franchise: 2,
  person: 9,
  character: 5,
  "new-film": 2,
  "new-person": 2,
  "new-character": 1,
};

const ENTRY_SENTENCES = [
  "Often appears at conventions in Tokyo.",
  "Fans know them best from their work in the 1990s.",
  "Has a recurring role in several long-running series.",
];

const EXTRA_SENTENCES = [
  "It is often cited as a cult classic.",
  "The home release restored two scenes cut from the broadcast.",
  "A remastered edition followed years later.",
  "Its opening sequence is frequently parodied.",
];

export const SUBMISSION_COLUMNS = [
  "id",
  "entityType",
  "entityId",
  "filmId",
  "section",
  "changes",
  "baseRevisionId",
  "authorId",
  "summary",
  "source",
  "status",
  "createdAt",
  "updatedAt",
] as const;

type Context = { random: Random; catalogue: Catalogue; people: PeopleColumns };

export function* submissionRows(
  catalogue: Catalogue,
  firstId: number,
  newest: ReadonlyMap<string, number>,
): Generator<CopyValue[]> {
  const random = new Random("submissions");
  const context: Context = { random, catalogue, people: catalogue.people };
  const films = new ZipfPicker(random, catalogue.films.length, { exponent: 0.8, offset: 20 });
  const authors = new ZipfPicker(random, catalogue.users.length, { exponent: 0.9, offset: 30 });
  const times = Array.from({ length: catalogue.counts.submissions }, () =>
    between(random, PENDING_START, EPOCH).getTime(),
  ).sort((a, b) => a - b);
  for (let index = 0; index < catalogue.counts.submissions; index += 1) {
    const proposal = propose(context, catalogue.films[films.pick(random)]!);
    const createdAt = new Date(times[index]!);
    const key = proposal.entityId === null ? "" : `${proposal.entityType}:${proposal.entityId}:${proposal.section}`;
    yield [
      firstId + index,
      proposal.entityType,
      proposal.entityId,
      proposal.entityType === "FILM" ? proposal.entityId : null,
      proposal.section,
      proposal.changes,
      newest.get(key) ?? null,
      catalogue.first.user + authors.pick(random),
      random.pick(SUMMARIES[proposal.section] ?? ["Edited"]),
      random.pick(SOURCES),
      "PENDING",
      createdAt,
      createdAt,
    ];
  }
}

type Proposal = {
  entityType: "FILM" | "PERSON" | "CHARACTER";
  entityId: number | null;
  section: string;
  changes: object;
};

/** A proposal that changes something: one that would change nothing becomes a description edit. */
function propose(context: Context, film: FilmModel): Proposal {
  const proposal = proposeIn(context, film, context.random.weightedKey(SECTION_WEIGHTS));
  if (proposal.entityId === null || Object.keys(proposal.changes).length > 0) return proposal;
  return proposeIn(context, film, "description");
}

function proposeIn(context: Context, film: FilmModel, section: string): Proposal {
  const { random, catalogue } = context;
  switch (section) {
    case "new-film": {
      const title = makeTitle(random);
      return newEntry("FILM", section, {
        title: title.english,
        nativeTitle: random.chance(0.8) ? title.native : "",
        format: random.pick(["FILM", "TV", "OVA", "ONA", "SPECIAL"]),
        deck: premise(random),
      });
    }
    case "new-person":
    case "new-character": {
      const { name, nativeName } = japaneseName(random);
      return newEntry(section === "new-person" ? "PERSON" : "CHARACTER", section, { name, nativeName, deck: "" });
    }
    case "person":
    case "character": {
      const columns = section === "person" ? catalogue.people : catalogue.characters;
      const index = random.int(0, columns.slug.length - 1);
      const current = entrySectionValues(catalogue, section, index);
      const textKey = section === "person" ? "bio" : "description";
      const proposed = random.chance(0.5)
        ? { ...current, deck: extend(random, current.deck as string, 500, ENTRY_SENTENCES) }
        : { ...current, [textKey]: extend(random, current[textKey] as string, 50_000, ENTRY_SENTENCES) };
      const first = section === "person" ? catalogue.first.person : catalogue.first.character;
      return edit(section === "person" ? "PERSON" : "CHARACTER", first + index, section, current, proposed);
    }
    default: {
      const usable =
        section === "segments" ? film.segments.length > 0 : section === "characters" ? film.appearanceCount > 0 : true;
      const chosen = usable ? section : "description";
      const current = filmSectionValues(catalogue, film, chosen);
      return edit("FILM", film.id, chosen, current, proposeFilmEdit(context, film, chosen, current));
    }
  }
}

function newEntry(entityType: Proposal["entityType"], section: string, values: object): Proposal {
  return { entityType, entityId: null, section, changes: values };
}

function edit(
  entityType: Proposal["entityType"],
  entityId: number,
  section: string,
  current: SectionValues,
  proposed: SectionValues,
): Proposal {
  return { entityType, entityId, section, changes: diffValues(current, proposed) };
}

/** A sentence more, or a fresh sentence when the text would grow past its limit. */
function extend(random: Random, text: string, limit: number, sentences = EXTRA_SENTENCES): string {
  const sentence = random.pick(sentences);
  const longer = text ? `${text} ${sentence}` : sentence;
  return longer.length <= limit && longer !== text ? longer : sentence === text ? premise(random) : sentence;
}

function proposeFilmEdit(context: Context, film: FilmModel, section: string, current: SectionValues): SectionValues {
  const { random, catalogue } = context;
  switch (section) {
    case "description":
      return random.chance(0.5)
        ? { ...current, deck: extend(random, current.deck as string, 500) }
        : { ...current, description: `${current.description as string}\n\n${random.pick(EXTRA_SENTENCES)}` };
    case "general":
      return proposeGeneral(random, film, current);
    case "aliases":
      return { aliases: withNewAlias(random, film, current.aliases as AliasValue[]) };
    case "genres":
      return { names: toggleTag(random, current.names as string[], catalogue.genres) };
    case "themes":
      return { names: toggleTag(random, current.names as string[], catalogue.themes) };
    case "associations":
      return { names: toggleTag(random, current.names as string[], catalogue.concepts) };
    case "franchise": {
      // Drawn rather than filtered: comparing names the app's way is slow over thousands of them.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const franchise = random.pick(catalogue.franchises).name;
        if (!sameName(franchise, String(current.franchise ?? ""))) return { franchise };
      }
      return { franchise: null };
    }
    case "relations":
      return {
        relations: withNewRelation(random, catalogue, film, current.relations as { kind: string; film: string }[]),
      };
    case "segments":
      return {
        segments: (current.segments as { synopsis: string }[]).map((segment, index) =>
          index === 0 ? { ...segment, synopsis: extend(random, segment.synopsis, 5000) } : segment,
        ),
      };
    case "credits":
      return { credits: withNewCredit(context, current.credits as Credit[]) };
    case "characters":
      return { characters: withNewVoice(context, current.characters as Appearance[]) };
    default:
      throw new Error(`No proposals for section ${section}`);
  }
}

function proposeGeneral(random: Random, film: FilmModel, current: SectionValues): SectionValues {
  const releases = current.releases as { region: string; title: string; date: string }[];
  const choice = random.next();
  if (choice < 0.4)
    return { ...current, runtimeMinutes: ((current.runtimeMinutes as number | null) ?? 90) + random.int(1, 5) };
  if (choice < 0.75 && releases.length < 50) {
    const region = RELEASE_REGIONS.find((code) => !releases.some((release) => release.region === code)) ?? "CA";
    const year = Math.min(2026, film.year + random.int(0, 4));
    const date = `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
    return { ...current, releases: [...releases, { region, title: film.title, date }] };
  }
  return {
    ...current,
    contentRating: random.pick(CONTENT_RATINGS.filter((rating) => rating !== current.contentRating)),
  };
}

function withNewAlias(random: Random, film: FilmModel, aliases: AliasValue[]): AliasValue[] {
  const candidates = [
    `${film.title} (${film.format})`,
    misspell(film.title),
    `${film.title}: Director's Cut`,
    film.otherTitle,
  ];
  const fresh = candidates.filter(
    (alias) => !sameName(alias, film.title) && !aliases.some((existing) => sameName(existing.title, alias)),
  );
  if (fresh.length === 0 || aliases.length >= 50) return aliases.slice(1);
  return [...aliases, unknownLanguageTitle(random.pick(fresh))];
}

/** One tag more from the vocabulary, or one fewer when the film has them all. */
function toggleTag(random: Random, names: string[], vocabulary: Named[]): string[] {
  const missing = vocabulary.filter((tag) => !names.includes(tag.name));
  if (missing.length === 0) return names.slice(1);
  return [...names, random.pick(missing).name].toSorted(byName);
}

function withNewRelation(
  random: Random,
  catalogue: Catalogue,
  film: FilmModel,
  relations: { kind: string; film: string }[],
) {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const other = random.pick(catalogue.films);
    if (other.id === film.id || relations.some((relation) => relation.film === other.slug)) continue;
    if (relations.length >= 100) break;
    return [...relations, { kind: random.pick(["SIMILAR", "RELATED", "ADAPTATION"]), film: other.slug }];
  }
  return relations.slice(1);
}

type Credit = { person: string; role: string; segment: string; note: string };

function withNewCredit({ random, catalogue, people }: Context, credits: Credit[]): Credit[] {
  const role = random.pick(catalogue.existing.roles).name;
  const person = people.slug[random.int(0, people.slug.length - 1)]!;
  const duplicate = credits.some((credit) => credit.person === person && credit.role === role && credit.segment === "");
  if (duplicate || credits.length >= 500) {
    return credits.map((credit, index) =>
      index === 0 ? { ...credit, note: credit.note ? "" : "Uncredited." } : credit,
    );
  }
  return [...credits, { person, role, segment: "", note: "" }];
}

type Appearance = {
  character: string;
  newCharacter: boolean;
  prominence: string;
  segment: string;
  voices: { person: string; language: string }[];
};

function withNewVoice({ random, people }: Context, appearances: Appearance[]): Appearance[] {
  const target = random.int(0, appearances.length - 1);
  return appearances.map((appearance, index) => {
    if (index !== target) return appearance;
    const language = VOICE_LANGUAGES.find((code) => !appearance.voices.some((voice) => voice.language === code));
    if (!language || appearance.voices.length >= 20) {
      return { ...appearance, prominence: appearance.prominence === "MAIN" ? "SUPPORTING" : "MAIN" };
    }
    const actor = people.slug[random.int(0, people.slug.length - 1)]!;
    return { ...appearance, voices: [...appearance.voices, { person: actor, language }] };
  });
}
