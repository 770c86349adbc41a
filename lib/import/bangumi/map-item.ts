import { AliasesValuesSchema, ALIASES_MAX, aliasKey, type AliasValue } from "@/lib/submissions/sections/aliases/schema";
import { sameName } from "@/lib/submissions/sections/shared-schema";
import { BroadcastValuesSchema, type BroadcastValues } from "@/lib/submissions/sections/broadcast/schema";
import { GeneralValuesSchema } from "@/lib/submissions/sections/general/schema";
import { LinkValueSchema, LinksValuesSchema, linkKey, type LinkValue } from "@/lib/submissions/sections/links/schema";
import {
  StreamValueSchema,
  StreamsValuesSchema,
  streamKey,
  type StreamValue,
} from "@/lib/submissions/sections/streams/schema";
import { TitleValuesSchema } from "@/lib/submissions/sections/title/schema";
import { STREAM_SITES, isStreamSite } from "@/lib/streams/sites";
import type { LinkSite } from "@/lib/links/sites";
import type { FilmFormat } from "@/lib/generated/prisma/enums";
import type { Romaniser } from "@/lib/titles/romanise";
import type { MappedWork } from "../values";
import type { BangumiItem } from "./data";
import { japanDate, parseBroadcast, releaseDate } from "./dates";

export const FORMATS: Record<BangumiItem["type"], FilmFormat> = { tv: "TV", movie: "FILM", ova: "OVA", web: "ONA" };

/** bangumi-data's information sites, by the id Keyframe's links section gives them. */
const INFO_SITES: Record<string, LinkSite> = {
  mal: "mal",
  aniList: "anilist",
  anidb: "anidb",
  tmdb: "tmdb",
  bangumi: "bangumi",
};

export type SiteMeta = Record<string, { type: string }>;

const capitaliseWords = (text: string) =>
  text.replace(/(^|[\s\-/:(])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** An English title written all in lower case ("one piece") reads as a title once its words are capitalised. */
export function englishTitle(text: string): string {
  return text === text.toLowerCase() ? capitaliseWords(text) : text;
}

/** Rows that fit the schema, each once by `key`; `dropped` counts the ones that did not fit. */
function validRows<Row>(
  candidates: unknown[],
  schema: { safeParse(value: unknown): { success: boolean; data?: Row } },
  key: (row: Row) => string,
) {
  const rows: Row[] = [];
  let dropped = 0;
  for (const candidate of candidates) {
    const parsed = schema.safeParse(candidate);
    if (!parsed.success || parsed.data === undefined) dropped += 1;
    else if (!rows.some((row) => sameName(key(row), key(parsed.data!)))) rows.push(parsed.data);
  }
  return { rows, dropped };
}

function links(item: BangumiItem, siteMeta: SiteMeta) {
  const candidates: unknown[] = item.sites.flatMap((site) => {
    const ours = INFO_SITES[site.site];
    return siteMeta[site.site]?.type === "info" && ours && site.id ? [{ site: ours, id: site.id }] : [];
  });
  if (item.officialSite.trim()) candidates.push({ site: "official", id: item.officialSite.trim() });
  return validRows<LinkValue>(candidates, LinkValueSchema, linkKey);
}

function streams(item: BangumiItem, siteMeta: SiteMeta) {
  const candidates = item.sites.flatMap((site) =>
    siteMeta[site.site]?.type === "onair" && isStreamSite(site.site) && site.id
      ? [
          {
            site: site.site,
            id: site.id,
            regions: [...STREAM_SITES[site.site].regions],
            since: site.begin ? japanDate(site.begin) : "",
          },
        ]
      : [],
  );
  return validRows<StreamValue>(candidates, StreamValueSchema, streamKey);
}

/**
 * The item's translated titles as alternative titles by language, official ones all; the first
 * English title is the work's title already, and nothing repeats the title or native title.
 */
function aliases(item: BangumiItem, title: { text: string; language: string }): AliasValue[] {
  const seen = [
    aliasKey({ title: title.text, language: title.language }),
    aliasKey({ title: item.title, language: item.lang }),
  ];
  const rows: unknown[] = [];
  for (const [language, texts] of Object.entries(item.titleTranslate)) {
    for (const text of texts.map((each) => each.trim())) {
      const key = aliasKey({ title: text, language });
      if (!text || seen.some((earlier) => sameName(earlier, key))) continue;
      seen.push(key);
      rows.push({ title: text, language, kind: "OFFICIAL" });
    }
  }
  return AliasesValuesSchema.parse({ aliases: rows.slice(0, ALIASES_MAX) }).aliases;
}

function broadcast(item: BangumiItem): BroadcastValues {
  const slot = item.broadcast ? parseBroadcast(item.broadcast) : null;
  const values = {
    firstAiring: slot?.firstAiring ?? "",
    intervalDays: slot?.intervalDays ?? null,
    lastAiring: item.type !== "movie" && item.end ? japanDate(item.end) : "",
  };
  const parsed = BroadcastValuesSchema.safeParse(values);
  // An end before the first broadcast is a slip in the data: the slot stands without it.
  return parsed.success ? parsed.data : BroadcastValuesSchema.parse({ ...values, lastAiring: "" });
}

/** The Bangumi subject id, bangumi-data's identity for an item, or null when it has none. */
function bangumiId(item: BangumiItem): string | null {
  return item.sites.find((site) => site.site === "bangumi" && site.id)?.id ?? null;
}

/** One bangumi-data item as the values of Keyframe's sections; throws when a section refuses them. */
export async function mapBangumiItem(
  item: BangumiItem,
  index: number,
  context: { siteMeta: SiteMeta; romanise: Romaniser },
): Promise<MappedWork> {
  const english = item.titleTranslate.en?.map((text) => text.trim()).find(Boolean);
  // A Chinese or English original has no Japanese reading: its kanji read as Japanese would be nonsense.
  const romanised = item.lang === "ja" ? ((await context.romanise(item.title)) ?? "") : "";
  const titleText = english ? englishTitle(english) : romanised || item.title;
  const titleLanguage = english ? "en" : romanised ? "ja-Latn" : item.lang;
  const date = releaseDate(item.begin, item.type);
  const linkRows = links(item, context.siteMeta);
  const streamRows = streams(item, context.siteMeta);
  const fallbackKey = `${item.title}|${item.begin}`;
  return {
    index,
    key: bangumiId(item) ?? fallbackKey,
    fallbackKey,
    label: `item ${index} (${item.title})`,
    year: Number(date.slice(0, 4)),
    matchTitles: [...new Set([item.title, ...(english ? [english] : [])])],
    values: {
      title: TitleValuesSchema.parse({
        title: titleText,
        nativeTitle: item.title,
        romanisedTitle: romanised,
        format: FORMATS[item.type],
        romanisedByMachine: romanised !== "",
      }),
      general: GeneralValuesSchema.parse({
        releases: [{ region: "JP", title: item.title, date }],
        contentRating: null,
        runtimeMinutes: null,
        sourceMaterial: null,
        episodeCount: null,
      }),
      broadcast: broadcast(item),
      aliases: { aliases: aliases(item, { text: titleText, language: titleLanguage }) },
      links: LinksValuesSchema.parse({ links: linkRows.rows }),
      streams: StreamsValuesSchema.parse({ streams: streamRows.rows }),
    },
    dropped: linkRows.dropped + streamRows.dropped,
  };
}
