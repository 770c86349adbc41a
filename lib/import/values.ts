import type { AliasesValues } from "@/lib/submissions/sections/aliases/schema";
import type { BroadcastValues } from "@/lib/submissions/sections/broadcast/schema";
import type { GeneralValues } from "@/lib/submissions/sections/general/schema";
import type { LinksValues } from "@/lib/submissions/sections/links/schema";
import type { StreamsValues } from "@/lib/submissions/sections/streams/schema";
import type { TitleValues } from "@/lib/submissions/sections/title/schema";

/** The sections an import writes, in the order a new work's revisions are numbered. */
export const IMPORTED_SECTIONS = ["title", "general", "broadcast", "aliases", "links", "streams"] as const;

export type ImportedSection = (typeof IMPORTED_SECTIONS)[number];

/** A work's values as a source describes it, each section exactly as the section's `read` returns it. */
export type ImportValues = {
  title: TitleValues;
  general: GeneralValues;
  broadcast: BroadcastValues;
  aliases: AliasesValues;
  links: LinksValues;
  streams: StreamsValues;
};

/** A section with nothing in it, as a work that never had it reads. */
export const EMPTY_VALUES: Omit<ImportValues, "title"> = {
  general: { releases: [], contentRating: null, runtimeMinutes: null, sourceMaterial: null, episodeCount: null },
  broadcast: { firstAiring: "", intervalDays: null, lastAiring: "" },
  aliases: { aliases: [] },
  links: { links: [] },
  streams: { streams: [] },
};

/** One item of a source, mapped: its key there, what to call it in messages, and its values. */
export type MappedWork = {
  /** The item's position in the source file, from 0. */
  index: number;
  key: string;
  /** Used when another item of the same file already has `key`. */
  fallbackKey: string;
  label: string;
  year: number;
  /** Titles to match an existing work by (with `year`). */
  matchTitles: string[];
  values: ImportValues;
  /** Links and streams the sections' schemas refused. */
  dropped: number;
};
