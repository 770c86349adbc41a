import "server-only";
import { normalizeUsername } from "@/lib/auth/schema";
import { db } from "@/lib/db";
import { slugify } from "@/lib/format/slug";
import { decodeCursor, type QueueFilters, type QueuePage } from "./queries";
import { isSectionId } from "./sections";

/** The queue's filters as typed into its GET form, so the form can show them again. */
export type QueueFilterInput = { section: string; film: string; author: string };

export type QueueFilterMessages = Partial<Record<keyof QueueFilterInput, string>>;

type SearchParams = Record<string, string | string[] | undefined>;

const INPUT_MAX = 100;

function single(params: SearchParams, name: string): string {
  const value = params[name];
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim().slice(0, INPUT_MAX);
}

/** The queue's URL: its filters as typed, and which page (`after`, `before` or `last`) to show. */
export function readQueueParams(params: SearchParams): { input: QueueFilterInput; page: QueuePage } {
  const input = { section: single(params, "section"), film: single(params, "film"), author: single(params, "author") };
  const after = decodeCursor(single(params, "after"));
  const before = decodeCursor(single(params, "before"));
  const page: QueuePage = after
    ? { direction: "after", cursor: after }
    : before
      ? { direction: "before", cursor: before }
      : single(params, "last") === "1"
        ? { direction: "last" }
        : { direction: "first" };
  return { input, page };
}

async function findFilmId(typed: string): Promise<number | null> {
  // A slug as typed, or a title typed instead ("Roujin Z" finds roujin-z); the exact slug wins.
  const exact = typed.toLowerCase();
  const films = await db.film.findMany({
    where: { slug: { in: [...new Set([exact, slugify(typed)])] } },
    select: { id: true, slug: true },
  });
  return (films.find((film) => film.slug === exact) ?? films[0])?.id ?? null;
}

async function findUserId(typed: string): Promise<number | null> {
  // Profiles show "@name", so a pasted handle works too.
  const username = normalizeUsername(typed.replace(/^@/, ""));
  return (await db.user.findUnique({ where: { username }, select: { id: true } }))?.id ?? null;
}

/**
 * Turns the typed filters into the ids the queue filters by. A film or user that does not exist
 * makes the filter match nothing (showing the whole queue instead would pass for a filtered one);
 * an unknown section can only come from an edited URL, so it is ignored.
 */
export async function resolveQueueFilters(input: QueueFilterInput): Promise<{
  filters: QueueFilters;
  messages: QueueFilterMessages;
  matchesNothing: boolean;
}> {
  const filters: QueueFilters = {};
  const messages: QueueFilterMessages = {};
  if (input.section) {
    if (isSectionId(input.section)) filters.section = input.section;
    else messages.section = `There is no section called “${input.section}”, so every section is shown.`;
  }
  const [filmId, authorId] = await Promise.all([
    input.film ? findFilmId(input.film) : null,
    input.author ? findUserId(input.author) : null,
  ]);
  if (input.film) {
    if (filmId === null) messages.film = `No film has the slug “${input.film}”.`;
    else filters.filmId = filmId;
  }
  if (input.author) {
    if (authorId === null) messages.author = `Nobody has the username “${input.author}”.`;
    else filters.authorId = authorId;
  }
  return { filters, messages, matchesNothing: Boolean(messages.film || messages.author) };
}
