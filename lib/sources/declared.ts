import { LICENCES, type Licence } from "./licences";

/**
 * Keyframe's own licences: the database as a whole, and the wiki text in it, which is a creative
 * work of its own and is shared alike under the licence wikis use.
 */
export const KEYFRAME_LICENCES = {
  database: { licence: LICENCES.odbl, covers: "the database: every entry, its facts and how they connect" },
  text: {
    licence: LICENCES.ccBySa4,
    covers: "wiki text: descriptions, decks, biographies, synopses and credit notes",
  },
} as const satisfies Record<string, { licence: Licence; covers: string }>;

/** An outside source Keyframe imports from, as `ImportedWork.source` names it. */
export type OutsideSource = {
  /** The name to credit, exactly as the source asks to be credited. */
  name: string;
  url: string;
  licence: Licence;
  /** What Keyframe takes from it. */
  provides: string;
  /** The npm package it is installed from; its package.json gives the version. */
  packageName: string;
};

export const OUTSIDE_SOURCES = {
  "bangumi-data": {
    name: "bangumi-data",
    url: "https://github.com/bangumi-data/bangumi-data",
    licence: LICENCES.ccBy4,
    provides:
      "works' titles by language, formats, start and end dates, broadcast times, legal streaming sites and ids on other databases",
    packageName: "bangumi-data",
  },
} as const satisfies Record<string, OutsideSource>;

export type OutsideSourceId = keyof typeof OUTSIDE_SOURCES;

export function isOutsideSourceId(id: string): id is OutsideSourceId {
  return Object.hasOwn(OUTSIDE_SOURCES, id);
}

/**
 * Where the catalogue began (prisma/seed): one wiki page about Memories, its description, credits,
 * people and the works they name, recorded as revisions by the page's top editor. The seed records
 * neither the wiki's address nor its licence, so neither is claimed here.
 */
export const SEED_ORIGIN = {
  name: "The wiki page about Memories (1995)",
  provides:
    "the first catalogue: Memories' description, segments, credits and releases, its people's lines and the works they name",
} as const;
