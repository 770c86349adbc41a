import type { Route } from "next";

/*
 * "Start a list" on a film's page: the new-list page starts the list with the film, then returns to
 * the film's page, whose address names the new list so that the page can say it was started.
 */

/** The query parameter, and the id of the message, naming the list just started on a film's page. */
export const LIST_STARTED = "list-started";

/** The new-list page, for a list that starts with the film. */
export const newListWithFilmHref = (filmId: number): Route => `/lists/new?film=${filmId}`;

/** The film's page after a list was started with it there. */
export const filmPageAfterListStarted = (filmSlug: string, listId: number): Route =>
  `/films/${filmSlug}?${LIST_STARTED}=${listId}#${LIST_STARTED}` as Route;
