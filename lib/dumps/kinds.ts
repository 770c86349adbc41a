import "server-only";
import { characterJson } from "@/lib/api/character-json";
import { filmJson } from "@/lib/api/film-json";
import { personJson } from "@/lib/api/person-json";
import { studioJson } from "@/lib/api/studio-json";
import { characterPageSelect } from "@/lib/characters/queries";
import { filmPageOf, filmPageSelect } from "@/lib/films/queries";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { personPageSelect } from "@/lib/people/queries";
import { studioPageSelect } from "@/lib/studios/queries";

/** The client a dump reads through: the one transaction that gives it a single snapshot. */
export type DumpReader = Pick<PrismaClient, "film" | "person" | "character" | "studio">;

/** The rows after `afterId`, by id, at most `take`, each as the API gives it. */
type ReadBatch = (
  reader: DumpReader,
  afterId: number,
  take: number,
  site: URL,
) => Promise<{ id: number; json: unknown }[]>;

const page = (afterId: number, take: number) =>
  ({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take }) as const;

/**
 * Every kind of entry a dump holds, in the order it holds them, with the API endpoint whose shape
 * each line's `entry` has. Each batch is read with the page's own select, so one query per relation
 * for the whole batch (never a query per row), and written with the API's own serializer.
 */
export const DUMP_KINDS = {
  film: {
    endpoint: "/api/v1/films/{slug}",
    read: async (reader, afterId, take, site) =>
      (await reader.film.findMany({ ...page(afterId, take), select: filmPageSelect })).map((row) => ({
        id: row.id,
        json: filmJson(filmPageOf(row), site),
      })),
  },
  person: {
    endpoint: "/api/v1/people/{slug}",
    read: async (reader, afterId, take, site) =>
      (await reader.person.findMany({ ...page(afterId, take), select: personPageSelect })).map((row) => ({
        id: row.id,
        json: personJson(row, site),
      })),
  },
  character: {
    endpoint: "/api/v1/characters/{slug}",
    read: async (reader, afterId, take, site) =>
      (await reader.character.findMany({ ...page(afterId, take), select: characterPageSelect })).map((row) => ({
        id: row.id,
        json: characterJson(row, site),
      })),
  },
  studio: {
    endpoint: "/api/v1/studios/{slug}",
    read: async (reader, afterId, take, site) =>
      (await reader.studio.findMany({ ...page(afterId, take), select: studioPageSelect })).map((row) => ({
        id: row.id,
        json: studioJson(row, site),
      })),
  },
} as const satisfies Record<string, { endpoint: string; read: ReadBatch }>;

export type DumpKind = keyof typeof DUMP_KINDS;
export const DUMP_KIND_ORDER = Object.keys(DUMP_KINDS) as DumpKind[];
