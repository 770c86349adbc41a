import "server-only";
import { normalizeUsername } from "@/lib/auth/schema";
import { db } from "@/lib/db";
import { slugify } from "@/lib/format/slug";
import { findFilmsTitled } from "@/lib/lists/queries";
import { decodeCursor, type QueueFilters, type QueuePage } from "./queries";
import { QUEUE_INPUT_MAX, type QueueFilterInput } from "./queue-params";
import { isSectionId } from "./sections";

export type { QueueFilterInput } from "./queue-params";

export type QueueFilterMessages = Partial<Record<keyof QueueFilterInput, string>>;

type SearchParams = Record<string, string | string[] | undefined>;

function single(params: SearchParams, name: string): string {
  const value = params[name];
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim().slice(0, QUEUE_INPUT_MAX);
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

/** A film the queue's film filter could mean, offered when a title names several. */
export type FilmChoice = { slug: string; title: string; year: number | null };

type FilmLookup = { id: number } | { message: string; choices: FilmChoice[] };

/**
 * The film a typed filter names: its slug exactly as written, else its title (compared as search compares
 * names, so case and accents do not matter), else the slug a title typed makes ("Roujin Z" finds
 * roujin-z). A title several films share names none of them: the choices are offered instead.
 */
async function findFilm(typed: string): Promise<FilmLookup> {
  // Only a slug typed as it is written: "Memories" is a title, which another film may share.
  const bySlug = await db.film.findUnique({ where: { slug: typed }, select: { id: true } });
  if (bySlug) return bySlug;
  const titled = await findFilmsTitled(typed);
  if (titled.length === 1) return { id: titled[0]!.id };
  if (titled.length > 1) {
    return {
      message: `Several films are called “${typed}”. Choose one below, or type its slug.`,
      choices: titled.map(({ slug, title, year }) => ({ slug, title, year })),
    };
  }
  const slugged = await db.film.findUnique({ where: { slug: slugify(typed) }, select: { id: true } });
  return slugged ?? { message: `No film is titled “${typed}” or has that slug.`, choices: [] };
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
  /** The films an ambiguous title could mean. */
  filmChoices: FilmChoice[];
  matchesNothing: boolean;
}> {
  const filters: QueueFilters = {};
  const messages: QueueFilterMessages = {};
  if (input.section) {
    if (isSectionId(input.section)) filters.section = input.section;
    else messages.section = `There is no section called “${input.section}”, so every section is shown.`;
  }
  const [film, authorId] = await Promise.all([
    input.film ? findFilm(input.film) : null,
    input.author ? findUserId(input.author) : null,
  ]);
  if (film && "id" in film) filters.filmId = film.id;
  else if (film) messages.film = film.message;
  if (input.author) {
    if (authorId === null) messages.author = `Nobody has the username “${input.author}”.`;
    else filters.authorId = authorId;
  }
  const filmChoices = film && "choices" in film ? film.choices : [];
  return { filters, messages, filmChoices, matchesNothing: Boolean(messages.film || messages.author) };
}
