import type { ContentRating, DatePrecision, FilmFormat, Prominence } from "../../../lib/generated/prisma/enums";
import type { CatalogueCounts } from "./plan";

// The synthetic catalogue in memory, built before anything is written, so that revisions and
// submissions can describe exactly what the tables hold. Large child tables are column arrays
// (typed arrays of indexes) rather than millions of small objects.

/** A row of a vocabulary table (roles, genres, themes, concepts, franchises). */
export type Named = { id: number; name: string; slug: string };

/** What the database held before the run: the seed's rows and the next free ids. */
export type Existing = {
  /** The largest id of each table, 0 when it is empty. */
  maxIds: Record<string, number>;
  roles: Named[];
  genres: Named[];
  themes: Named[];
  concepts: Named[];
  films: { id: number; slug: string; title: string }[];
  filmSlugs: Set<string>;
  personSlugs: Set<string>;
  characterSlugs: Set<string>;
  franchiseSlugs: Set<string>;
  usernames: Set<string>;
  /** Users who review submissions: the seed's moderators and admins. */
  reviewerIds: number[];
};

export type SegmentModel = {
  id: number;
  title: string;
  nativeTitle: string;
  synopsis: string;
  runtimeMinutes: number | null;
};

export type ReleaseModel = { region: string; title: string; date: Date; precision: DatePrecision };

export type RelationModel = {
  kind: "SIMILAR" | "SEQUEL" | "PREQUEL" | "SIDE_STORY" | "ADAPTATION" | "RELATED";
  to: number;
};

export type FilmModel = {
  id: number;
  slug: string;
  title: string;
  /** The other-language form of the title (romaji for an English title and the other way round). */
  otherTitle: string;
  nativeTitle: string | null;
  /** The deck as first proposed; history leads from it to `deck`. */
  initialDeck: string;
  deck: string;
  /** The description's sentences, each with the space or paragraph break before it. */
  descriptionParts: string[];
  format: FilmFormat;
  contentRating: ContentRating | null;
  runtimeMinutes: number | null;
  year: number;
  /** Index into `franchises`, or -1. */
  franchise: number;
  createdAt: Date;
  updatedAt: Date;
  segments: SegmentModel[];
  releases: ReleaseModel[];
  aliases: string[];
  /** Indexes into the vocabularies. */
  genres: number[];
  themes: number[];
  concepts: number[];
  relations: RelationModel[];
  /** This film's credits are credits[creditStart .. creditStart + creditCount). */
  creditStart: number;
  creditCount: number;
  appearanceStart: number;
  appearanceCount: number;
};

/** Columns of the Credit table, in film order (so each film's credits are one contiguous range). */
export type CreditColumns = {
  film: Int32Array;
  person: Int32Array;
  role: Int32Array;
  /** Index of the segment within its film, or -1 for the whole film. */
  segment: Int32Array;
  notes: Map<number, string>;
};

export type EntryColumns = {
  slug: string[];
  name: string[];
  nativeName: (string | null)[];
  deck: string[];
  /** A person's bio or a character's description. */
  text: string[];
  createdAt: Date[];
  /** Set by the history to the last revision; createdAt where there is none. */
  updatedAt: Date[];
};

export function emptyEntryColumns(): EntryColumns {
  return { slug: [], name: [], nativeName: [], deck: [], text: [], createdAt: [], updatedAt: [] };
}

/** What a person mostly does; decides their name and which pool they are drawn from. */
export type PersonKind = "staff" | "japanese-voice" | "foreign-voice";

export type PeopleColumns = EntryColumns & { kinds: PersonKind[] };

export type AppearanceColumns = {
  character: Int32Array;
  film: Int32Array;
  segment: Int32Array;
  prominence: Prominence[];
  /** This appearance's voice credits are voices[voiceStart[i] .. voiceStart[i + 1]). */
  voiceStart: Int32Array;
};

export type VoiceColumns = { person: Int32Array; language: string[] };

export type UserModel = {
  username: string;
  displayName: string;
  email: string | null;
  role: "USER" | "TRUSTED" | "MODERATOR";
  createdAt: Date;
};

export type ListModel = {
  owner: number;
  title: string;
  description: string;
  ranked: boolean;
  visibility: "PUBLIC" | "UNLISTED" | "PRIVATE";
  createdAt: Date;
  /** Film ids in rank order. */
  films: number[];
};

/** Ids of the first row each table gets in this run (the rows after it are consecutive). */
export type FirstIds = {
  film: number;
  segment: number;
  person: number;
  character: number;
  user: number;
  list: number;
  franchise: number;
};

export type Catalogue = {
  scale: number;
  counts: CatalogueCounts;
  existing: Existing;
  first: FirstIds;
  genres: Named[];
  themes: Named[];
  concepts: Named[];
  franchises: Named[];
  films: FilmModel[];
  credits: CreditColumns;
  people: PeopleColumns;
  /** Index of the person with exactly PROLIFIC_CREDITS credits. */
  prolificPerson: number;
  characters: EntryColumns;
  appearances: AppearanceColumns;
  voices: VoiceColumns;
  users: UserModel[];
  lists: ListModel[];
  /** Index of the public list with exactly BIG_LIST_ITEMS items. */
  bigList: number;
};
