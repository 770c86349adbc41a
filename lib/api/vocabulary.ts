import { formatLabel } from "@/lib/format/labels";
import type {
  ContentRating,
  DatePrecision,
  FilmFormat,
  FilmRelationKind,
  Prominence,
  Season,
  SourceMaterial,
  TitleKind,
} from "@/lib/generated/prisma/enums";

// The API's own spelling of each stored value: renaming a database enum must not change a
// published response, and a value added to one fails to compile here until it is given a name.

const FORMATS: Record<FilmFormat, string> = { FILM: "film", TV: "tv", OVA: "ova", ONA: "ona", SPECIAL: "special" };

const CONTENT_RATINGS: Record<ContentRating, string> = { G: "G", PG: "PG", PG_13: "PG-13", R: "R", NC_17: "NC-17" };

const PROMINENCES: Record<Prominence, string> = { MAIN: "main", SUPPORTING: "supporting", MINOR: "minor" };

const RELATION_KINDS: Record<FilmRelationKind, string> = {
  SIMILAR: "similar",
  SEQUEL: "sequel",
  PREQUEL: "prequel",
  SIDE_STORY: "side_story",
  ADAPTATION: "adaptation",
  RELATED: "related",
};

const SOURCE_MATERIALS: Record<SourceMaterial, string> = {
  ORIGINAL: "original",
  MANGA: "manga",
  LIGHT_NOVEL: "light_novel",
  NOVEL: "novel",
  VISUAL_NOVEL: "visual_novel",
  VIDEO_GAME: "video_game",
  OTHER: "other",
};

const TITLE_KINDS: Record<TitleKind, string> = { OFFICIAL: "official", ROMANISED: "romanised", SYNONYM: "synonym" };

const PRECISIONS: Record<DatePrecision, string> = { YEAR: "year", MONTH: "month", DAY: "day" };

const SEASONS: Record<Season, string> = { WINTER: "winter", SPRING: "spring", SUMMER: "summer", FALL: "fall" };

export const apiFormat = (format: FilmFormat) => FORMATS[format];
export const apiContentRating = (rating: ContentRating | null) => (rating === null ? null : CONTENT_RATINGS[rating]);
export const apiProminence = (prominence: Prominence) => PROMINENCES[prominence];
export const apiRelationKind = (kind: FilmRelationKind) => RELATION_KINDS[kind];
export const apiSourceMaterial = (source: SourceMaterial | null) => (source === null ? null : SOURCE_MATERIALS[source]);
export const apiTitleKind = (kind: TitleKind) => TITLE_KINDS[kind];
export const apiDatePrecision = (precision: DatePrecision) => PRECISIONS[precision];
export const apiSeason = (season: Season) => SEASONS[season];

/** The reader's name for a format the API spells, e.g. "tv" → "TV series". */
export function formatLabelOfApi(spelling: string): string | undefined {
  const format = (Object.keys(FORMATS) as FilmFormat[]).find((key) => FORMATS[key] === spelling);
  return format && formatLabel(format);
}
