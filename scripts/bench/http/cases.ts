import type { CatalogueManifest } from "../catalogue/manifest";
import { WARM_UP_REQUESTS } from "./prepare";
import type { LoadCase } from "./load";
import type { CaseId } from "./result";

/** What the cases need beyond the manifest; a case that is not run needs none of its part. */
export type CaseContext = {
  manifest: CatalogueManifest;
  connections: number;
  /** Session cookies of a plain user and of a moderator. */
  cookies: { reader?: string; moderator?: string };
  /** Film slugs nobody has requested since the runtime cache was emptied, one per request. */
  freshFilmSlug?: () => string;
  /** Season pages nobody has requested, the fullest first, one per request, and how many there are. */
  freshSeasons?: FreshPaths;
  /** The same for the first pages of a season's format (`/seasons/2016/fall/tv`). */
  freshSeasonFormats?: FreshPaths;
  /** A description edit posted the way a browser without JavaScript posts it. */
  edit?: { path: string; body: Buffer; contentType: string; origin: string };
};

export type FreshPaths = { next: () => string; count: number };

/** Each page of `paths` once, at one connection: the warm-up takes the first few, the case the rest, then it stops. */
function eachOnce(id: CaseId, title: string, path: string, paths: FreshPaths): LoadCase {
  return {
    id,
    title,
    path,
    connections: 1,
    nextPath: paths.next,
    maxRequests: Math.max(1, paths.count - WARM_UP_REQUESTS),
    expectedStatus: 200,
    trackCache: true,
  };
}

/** The manifest's search queries, one after another, each as a search page's address. */
export function searchPaths(manifest: CatalogueManifest): () => string {
  const { search } = manifest;
  const queries = [
    ...search.exactTitles,
    search.misspelledTitle.query,
    search.nativeTitle,
    search.alias,
    search.partialPersonName,
  ];
  let next = 0;
  return () => `/search?q=${encodeURIComponent(queries[next++ % queries.length]!)}`;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The case needs ${what}, which was not prepared.`);
  return value;
}

export function buildCase(id: CaseId, context: CaseContext): LoadCase {
  const { manifest, connections, cookies } = context;
  const film = `/films/${manifest.bigFilm.slug}`;
  const asReader = () => ({ cookie: need(cookies.reader, "a signed-in user") });
  const asModerator = () => ({ cookie: need(cookies.moderator, "a moderator") });
  switch (id) {
    case "static":
      return { id, title: "static file", path: "/bench.txt", connections, expectedStatus: 200 };
    case "about":
      return { id, title: "/about (prerendered)", path: "/about", connections, expectedStatus: 200 };
    case "film-cached":
      return { id, title: "film page, cached", path: film, connections, expectedStatus: 200 };
    case "film-cached-signed-in":
      return {
        id,
        title: "film page, cached, signed in",
        path: film,
        connections,
        headers: asReader(),
        expectedStatus: 200,
      };
    case "film-uncached":
      return {
        id,
        title: "film page, uncached",
        path: "/films/<a film not yet requested>",
        connections: 1,
        nextPath: () => `/films/${need(context.freshFilmSlug, "fresh film slugs")()}`,
        expectedStatus: 200,
        trackCache: true,
      };
    case "season-uncached":
      return eachOnce(
        id,
        "season page, uncached",
        "/seasons/<a season not yet requested>",
        need(context.freshSeasons, "fresh season pages"),
      );
    case "season-format-uncached":
      return eachOnce(
        id,
        "season's format, uncached",
        "/seasons/<a season>/<a format not yet requested>",
        need(context.freshSeasonFormats, "fresh season format pages"),
      );
    case "person":
      return {
        id,
        title: `person page, ${manifest.prolificPerson.credits} credits`,
        path: `/people/${manifest.prolificPerson.slug}`,
        connections,
        expectedStatus: 200,
      };
    case "search":
      return {
        id,
        title: "search",
        path: "/search?q=…",
        connections,
        nextPath: searchPaths(manifest),
        expectedStatus: 200,
      };
    case "search-1":
      return {
        id,
        title: "search, 1 connection",
        path: "/search?q=…",
        connections: 1,
        nextPath: searchPaths(manifest),
        expectedStatus: 200,
      };
    case "queue-first":
      return {
        id,
        title: "moderation queue, first page",
        path: "/moderation",
        connections,
        headers: asModerator(),
        expectedStatus: 200,
      };
    case "queue-last":
      return {
        id,
        title: "moderation queue, last page",
        path: "/moderation?last=1",
        connections,
        headers: asModerator(),
        expectedStatus: 200,
      };
    case "list":
      return {
        id,
        title: `list page, ${manifest.bigList.items.toLocaleString("en-US")} items (first page)`,
        path: `/lists/${manifest.bigList.id}`,
        connections,
        expectedStatus: 200,
      };
    case "edit": {
      const edit = need(context.edit, "the edit form");
      return {
        id,
        title: "submit an edit (POST)",
        path: edit.path,
        connections,
        method: "POST",
        headers: { ...asReader(), "content-type": edit.contentType, origin: edit.origin },
        body: edit.body,
        // A server action that redirects answers a form posted without JavaScript with 303 See Other.
        expectedStatus: 303,
      };
    }
  }
}
