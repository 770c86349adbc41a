import type { Route } from "next";
import { CallbackUrlSchema } from "./schema";

/** Pages that ask who the reader is; they pass on where to return rather than returning to themselves. */
const ACCOUNT_PAGES = new Set(["/sign-in", "/register"]);

/**
 * Where signing in or registering from this page returns to: the page itself, or the place a page
 * already names in its own `callbackUrl` (the sign-in and registration pages, and /account, where
 * readers without JavaScript sign in from). Only a path on this site; anything else is the home page.
 */
export function returnPathOf(pathname: string, search: string): string {
  const named = new URLSearchParams(search).get("callbackUrl");
  if (named !== null) return CallbackUrlSchema.parse(named);
  if (ACCOUNT_PAGES.has(pathname)) return "/";
  return CallbackUrlSchema.parse(`${pathname}${search}`);
}

/** The sign-in or registration page, returning to `returnTo` afterwards. */
export function withReturnPath(page: "/sign-in" | "/register" | "/account", returnTo: string): Route {
  return returnTo === "/" ? page : `${page}?callbackUrl=${encodeURIComponent(returnTo)}`;
}
