/**
 * The most a form may post: a poster of at most 10 MB (lib/images/schema.ts) and room for the form's
 * other fields, so that a file just over 10 MB still gets the form's own message. next.config.ts
 * gives it to Next as the server-action limit; proxy.ts refuses anything larger before reading it.
 */
export const MAX_FORM_BODY_BYTES = 11 * 1024 * 1024;
