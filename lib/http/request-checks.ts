import { MAX_FORM_BODY_BYTES } from "./limits";

/** Why a request is refused before any route sees it, as the status and a message safe to show. */
export type Refusal = { status: 400 | 411 | 413; message: string };

export const BAD_ADDRESS: Refusal = {
  status: 400,
  message: "This address is malformed: it has a broken %-escape or a NUL character.",
};
export const LENGTH_REQUIRED: Refusal = { status: 411, message: "Forms must be sent with their length." };
export const TOO_LARGE: Refusal = {
  status: 413,
  message: "This form is too large to send: images can be at most 10 MB. Go back and choose a smaller file.",
};
export const BAD_FORM: Refusal = {
  status: 400,
  message: "This form's data could not be read. Go back and send it again.",
};

function decodes(text: string): boolean {
  try {
    return !decodeURIComponent(text).includes("\0");
  } catch {
    return false;
  }
}

/**
 * A path or query that does not decode, or decodes to a NUL, names nothing: Next would answer it with
 * a 500, and PostgreSQL refuses NUL in text. `url` is the request's URL as sent, still escaped.
 */
export function targetRefusal(url: string): Refusal | null {
  const { pathname, search } = new URL(url);
  return decodes(pathname) && decodes(search.replaceAll("+", " ")) ? null : BAD_ADDRESS;
}

/** Only a form post (a server action's body) is read here: multipart, or marked as an action. */
export function isFormPost(method: string, headers: Headers): boolean {
  const type = headers.get("content-type") ?? "";
  return method === "POST" && (headers.has("next-action") || type.toLowerCase().startsWith("multipart/form-data"));
}

/** A form post's size, from its declared length: Node's parser holds the body to exactly that. */
export function lengthRefusal(headers: Headers): Refusal | null {
  const length = headers.get("content-length");
  if (length === null || !/^\d+$/.test(length)) return LENGTH_REQUIRED;
  return Number(length) > MAX_FORM_BODY_BYTES ? TOO_LARGE : null;
}
