/** Empty rows after the filled ones, so that one can be added without JavaScript. */
export const EMPTY_ROWS = 3;

/** Every message under a list field and its rows, for a list whose rows have no input of their own. */
export function errorsUnder(errors: Partial<Record<string, string[]>>, field: string): string[] {
  return Object.entries(errors).flatMap(([name, messages]) =>
    name === field || name.startsWith(`${field}.`) ? (messages ?? []) : [],
  );
}
