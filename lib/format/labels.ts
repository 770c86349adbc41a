import { FilmFormat as FilmFormats } from "@/lib/generated/prisma/enums";
import type {
  CompanyRole,
  ContentRating,
  FilmFormat,
  FilmRelationKind,
  Prominence,
  SourceMaterial,
} from "@/lib/generated/prisma/enums";

export type { FilmFormat } from "@/lib/generated/prisma/enums";

/** Every film format, in the schema's order. */
export const FILM_FORMATS: readonly FilmFormat[] = Object.values(FilmFormats);

const FORMAT_LABELS: Record<FilmFormat, string> = {
  FILM: "Film",
  TV: "TV series",
  OVA: "OVA",
  ONA: "ONA",
  SPECIAL: "Special",
};

const FORMAT_PLURAL_LABELS: Record<FilmFormat, string> = {
  FILM: "Films",
  TV: "TV series",
  OVA: "OVAs",
  ONA: "ONAs",
  SPECIAL: "Specials",
};

const CONTENT_RATING_LABELS: Record<ContentRating, string> = {
  G: "G",
  PG: "PG",
  PG_13: "PG-13",
  R: "R",
  NC_17: "NC-17",
};

const SOURCE_MATERIAL_LABELS: Record<SourceMaterial, string> = {
  ORIGINAL: "Original",
  MANGA: "Manga",
  LIGHT_NOVEL: "Light novel",
  NOVEL: "Novel",
  VISUAL_NOVEL: "Visual novel",
  VIDEO_GAME: "Video game",
  OTHER: "Other",
};

const PROMINENCE_LABELS: Record<Prominence, string> = {
  MAIN: "Main",
  SUPPORTING: "Supporting",
  MINOR: "Minor",
};

const RELATION_KIND_LABELS: Record<FilmRelationKind, string> = {
  SIMILAR: "Similar",
  SEQUEL: "Sequel",
  PREQUEL: "Prequel",
  SIDE_STORY: "Side story",
  ADAPTATION: "Adaptation",
  RELATED: "Related",
};

const COMPANY_ROLE_LABELS: Record<CompanyRole, string> = {
  ANIMATION_PRODUCTION: "Animation production",
  PRODUCTION: "Production",
  DISTRIBUTOR: "Distributor",
  LICENSOR: "Licensor",
};

export function companyRoleLabel(role: CompanyRole): string {
  return COMPANY_ROLE_LABELS[role];
}

/** Whether Intl knows the two-letter code as a region ("JP"; not "XX"). */
export function isKnownRegion(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && displayName(regionNames, code) !== undefined;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

export function formatLabel(format: FilmFormat): string {
  return FORMAT_LABELS[format];
}

/** "TV series", "Films": a heading over works of one format. */
export function formatPluralLabel(format: FilmFormat): string {
  return FORMAT_PLURAL_LABELS[format];
}

export function isFilmFormat(value: unknown): value is FilmFormat {
  return typeof value === "string" && Object.hasOwn(FORMAT_LABELS, value);
}

export function contentRatingLabel(rating: ContentRating): string {
  return CONTENT_RATING_LABELS[rating];
}

export function sourceMaterialLabel(source: SourceMaterial): string {
  return SOURCE_MATERIAL_LABELS[source];
}

export function prominenceLabel(prominence: Prominence): string {
  return PROMINENCE_LABELS[prominence];
}

export function relationKindLabel(kind: FilmRelationKind): string {
  return RELATION_KIND_LABELS[kind];
}

export function regionName(code: string): string {
  return displayName(regionNames, code.toUpperCase()) ?? code;
}

export function languageName(code: string): string {
  return displayName(languageNames, code) ?? code;
}

// Intl.DisplayNames throws on malformed codes ("USA", ""), and a label lookup must never throw.
function displayName(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}
