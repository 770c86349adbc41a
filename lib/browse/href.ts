import type { Route } from "next";
import type { FilmBrowseParams, NameBrowseParams } from "./schema";

type ParamValues = Record<string, string | number | undefined>;

/** An address that names only what differs from the defaults, in a fixed order, so each state has one URL. */
function href(path: string, values: ParamValues, defaults: ParamValues): Route {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== defaults[name]) query.set(name, String(value));
  }
  const search = query.toString();
  return (search ? `${path}?${search}` : path) as Route;
}

export function filmBrowseHref(path: string, params: FilmBrowseParams): Route {
  const { letter, year, decade, format, genre, theme, sort, page } = params;
  return href(path, { letter, year, decade, format, genre, theme, sort, page }, { sort: "title", page: 1 });
}

export function nameBrowseHref(path: string, params: NameBrowseParams): Route {
  const { letter, sort, page } = params;
  return href(path, { letter, sort, page }, { sort: "name", page: 1 });
}

export function pageHref(path: string, page: number): Route {
  return href(path, { page }, { page: 1 });
}
