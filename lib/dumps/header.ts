import type { SourceCredit } from "@/lib/sources/credits";
import { KEYFRAME_LICENCES } from "@/lib/sources/declared";
import type { Licence } from "@/lib/sources/licences";
import type { DumpKind } from "./kinds";

/** The file beside each dump that says what it is, under which licences, and how to check it. */
export type DumpHeader = {
  title: string;
  /** The dump file this header describes, in the same folder. */
  file: string;
  date: string;
  createdAt: string;
  site: string;
  licences: Record<keyof typeof KEYFRAME_LICENCES, Licence & { covers: string }>;
  attribution: string;
  sources: SourceCredit[];
  counts: Record<DumpKind, number>;
  format: {
    mediaType: string;
    compression: "gzip";
    encoding: "utf-8";
    description: string;
    line: string;
    types: Record<DumpKind, string>;
  };
  bytes: number;
  sha256: string;
};

export type DumpFacts = {
  file: string;
  date: string;
  createdAt: Date;
  site: URL;
  sources: SourceCredit[];
  counts: Record<DumpKind, number>;
  endpoints: Record<DumpKind, string>;
  bytes: number;
  sha256: string;
};

export function dumpHeader(facts: DumpFacts): DumpHeader {
  const { database, text } = KEYFRAME_LICENCES;
  return {
    title: "Keyframe catalogue",
    file: facts.file,
    date: facts.date,
    createdAt: facts.createdAt.toISOString(),
    site: facts.site.origin,
    licences: {
      database: { ...database.licence, covers: database.covers },
      text: { ...text.licence, covers: text.covers },
    },
    attribution:
      `Contains information from Keyframe (${facts.site.origin}), made available under the ${database.licence.name} ` +
      `(${database.licence.url}); its wiki text under ${text.licence.name} (${text.licence.url}).` +
      facts.sources
        .map((source) => ` Includes data from ${source.name} ${source.version} (${source.licence}).`)
        .join(""),
    sources: facts.sources,
    counts: facts.counts,
    format: {
      mediaType: "application/jsonl",
      compression: "gzip",
      encoding: "utf-8",
      description:
        "JSON Lines: one entry a line, every work, person, character and studio in the public catalogue, each as the JSON API answers it.",
      line: '{ "type": <one of types>, "entry": <the entry, as the endpoint named by its type answers it> }',
      types: facts.endpoints,
    },
    bytes: facts.bytes,
    sha256: facts.sha256,
  };
}
