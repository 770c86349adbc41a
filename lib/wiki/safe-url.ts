const SAFE_PROTOCOL = /^(?:https?|mailto)$/i;

/**
 * URL policy for user-written Markdown: relative, http(s) and mailto URLs pass, anything else is dropped.
 * Returning null rather than react-markdown's default "" omits the attribute, so a blocked link does not
 * point at the current page and a blocked image does not render `src=""`.
 */
export function safeUrl(url: string): string | null {
  const colon = url.indexOf(":");
  // A colon after the first `/`, `?` or `#` is part of a path, query or fragment, not a scheme.
  const delimiter = url.search(/[/?#]/);
  if (colon === -1 || (delimiter !== -1 && delimiter < colon)) return url;
  return SAFE_PROTOCOL.test(url.slice(0, colon)) ? url : null;
}
