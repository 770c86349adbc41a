import { z } from "zod";

/** Every line ending a browser or another system may send (CRLF, a lone CR) as the one we store, LF. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * A submitted text field: a string whose line endings are normalised before any other check, so a
 * textarea's CRLF is never stored and lengths count what is kept. Chain `.trim()`, `.max()` and the
 * rest as on `z.string()`.
 */
export function textField() {
  return z.string().overwrite(normalizeLineEndings);
}
