import type { AliasValue } from "../../lib/submissions/sections/aliases/schema";
import type { LinkValue } from "../../lib/submissions/sections/links/schema";
import type {
  CompanyRole,
  ContentRating,
  DatePrecision,
  FilmFormat,
  SourceMaterial,
} from "../../lib/generated/prisma/enums";

/** A film section that the seed records in the film's history, one revision each. */
export type FilmSection = "description" | "general" | "credits" | "segments" | "aliases" | "episodes";

export interface ReleaseSeed {
  /** ISO 3166-1 alpha-2. */
  region: string;
  title: string;
  /** `YYYY-MM-DD`, the first day of the period `datePrecision` names (UTC midnight in the database). */
  date: string;
  datePrecision: DatePrecision;
}

export interface SegmentSeed {
  title: string;
  nativeTitle: string | null;
  synopsis: string;
  runtimeMinutes: number | null;
}

/** A regular episode of a series; what is not known stays out. */
export interface EpisodeSeed {
  number: number;
  /** The English title. */
  title: string;
  /** `YYYY-MM-DD`, the day it first aired in Japan. */
  airDate: string;
}

export interface CreditSeed {
  /** A person's slug, see `people.ts`. */
  person: string;
  /** A credit role's name, see `CREDIT_ROLES`. */
  role: string;
  /** 1-based position of the film's segment the credit is for, or null for the whole film. */
  segment: number | null;
  /** A line about this credit on this film; a person's general line belongs on the person. */
  note: string;
}

export interface CompanySeed {
  /** A studio's slug, see `studios.ts`. */
  studio: string;
  role: CompanyRole;
  /** ISO 3166-1 alpha-2, or null for everywhere. */
  region: string | null;
  /** 1-based position of the film's segment the credit is for, or null for the whole film. */
  segment: number | null;
}

export interface FilmSeed {
  slug: string;
  title: string;
  nativeTitle: string | null;
  format: FilmFormat;
  contentRating: ContentRating | null;
  runtimeMinutes: number | null;
  sourceMaterial: SourceMaterial | null;
  /** Plain text. */
  deck: string;
  /** Markdown with [[wiki links]]. */
  description: string;
  segments: SegmentSeed[];
  /** In display order; positions are 1..n. */
  credits: CreditSeed[];
  /** In display order; the film's `year` is the earliest release's year. */
  releases: ReleaseSeed[];
  /** Alternative titles, each with its canonical language tag and kind, in display order. */
  aliases: AliasValue[];
  /** Its pages on other databases, in display order. */
  links: LinkValue[];
  /** Its studios, in display order. */
  companies: CompanySeed[];
  /** A series' planned episode count and its episodes. */
  episodeCount?: number;
  episodes?: EpisodeSeed[];
  /** Sections recorded as the film's first revisions, numbered in this order. */
  history: FilmSection[];
}

export interface StudioSeed {
  slug: string;
  name: string;
  nativeName: string | null;
  /** Plain text. */
  deck: string;
  /** Markdown with [[wiki links]]. */
  description: string;
}

export interface PersonSeed {
  name: string;
  nativeName: string | null;
  /** Plain text: the person's general one-liner. */
  deck: string;
  /** Markdown with [[wiki links]]. */
  bio: string;
}

export interface UserSeed {
  /** Lower-case, as stored. */
  username: string;
  displayName: string;
}

export interface ListSeed {
  /** The owner's username. */
  owner: string;
  title: string;
  description: string;
  /** Film slugs in rank order. */
  films: string[];
  /** Usernames of the users who like the list (never its owner). */
  likedBy: string[];
}
