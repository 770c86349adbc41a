/**
 * Refusals of a list's buttons (move, remove, like, delete), by the code the page's address
 * carries (`?refused=item-gone`): the button's form may be gone from the page shown next, so the
 * page says it, with or without JavaScript. Codes, not messages, so an address shows only these.
 */
export const LIST_REFUSALS = {
  "list-gone": "This list no longer exists.",
  "item-gone": "That film is no longer on this list.",
  "own-list": "You cannot like your own list.",
  "not-allowed": "You are not allowed to change this list.",
} as const;

export type ListRefusal = keyof typeof LIST_REFUSALS;

export const isListRefusal = (value: unknown): value is ListRefusal =>
  typeof value === "string" && Object.hasOwn(LIST_REFUSALS, value);

/** A list operation refused for a reason the person can act on; shown as the form's message. */
export class ListError extends Error {
  constructor(
    message: string,
    /** Set when a button can meet it: the page shown next says it by this code. */
    public readonly refusal?: ListRefusal,
  ) {
    super(message);
  }

  static of(refusal: ListRefusal): ListError {
    return new ListError(LIST_REFUSALS[refusal], refusal);
  }
}
