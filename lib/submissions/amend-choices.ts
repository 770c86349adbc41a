import { jsonEqual, type Conflicts, type Json } from "./change-set";

/** One clashing part of a field: a row, a passage, or the whole field when the merge gave no parts. */
export type ConflictPart = { base: Json; current: Json; proposed: Json };

type FieldConflict = Conflicts[string] & { parts?: ConflictPart[] };

/** How a part sits in the field: a list's row, a text's passage, or the whole value. */
export type PartKind = "row" | "passage" | "whole";

export type ConflictChoice = {
  /** `<field>.<part index>`: what the amend page's `mine` parameter names. */
  id: string;
  field: string;
  /** The part's place among its field's clashing parts. */
  index: number;
  kind: PartKind;
  part: ConflictPart;
  /** Whether the form holds the author's version of this part instead of the site's. */
  mine: boolean;
  /**
   * Whether the author's version can be put in for them: a passage the site removed, or one found
   * twice, has no single place to go, so the author copies it into the form by hand.
   */
  choosable: boolean;
};

/** Each conflicting field's parts, or the whole field as its one part when the merge gave none. */
function partsOf(conflict: FieldConflict): ConflictPart[] {
  return conflict.parts && conflict.parts.length > 0
    ? conflict.parts
    : [{ base: conflict.base, current: conflict.current, proposed: conflict.proposed }];
}

function kindOf(conflict: FieldConflict, value: unknown): PartKind {
  if (!conflict.parts || conflict.parts.length === 0) return "whole";
  return Array.isArray(value) ? "row" : "passage";
}

function occurrences(text: string, passage: string): number {
  let count = 0;
  for (let at = text.indexOf(passage); at !== -1; at = text.indexOf(passage, at + 1)) count += 1;
  return count;
}

/** The field's value with the author's version of one part put in; null when it has no single place. */
function withMine(kind: PartKind, value: unknown, part: ConflictPart): { value: unknown } | null {
  if (kind === "whole") return { value: part.proposed };
  if (kind === "row") {
    const rows = value as unknown[];
    if (part.current === null) return { value: part.proposed === null ? rows : [...rows, part.proposed] };
    const at = rows.findIndex((row) => jsonEqual(row, part.current));
    if (at === -1) return null;
    return {
      value:
        part.proposed === null
          ? rows.filter((_, index) => index !== at)
          : rows.map((row, index) => (index === at ? part.proposed : row)),
    };
  }
  const text = typeof value === "string" ? value : "";
  const current = typeof part.current === "string" ? part.current : "";
  if (current === "" || occurrences(text, current) !== 1) return null;
  return { value: text.replace(current, () => (typeof part.proposed === "string" ? part.proposed : "")) };
}

/**
 * The amend form's starting values: the merge (the section now, with every part of the author's
 * change that does not clash) where each clashing part keeps the site's version, unless the author
 * chose theirs (`mine` names parts by id). So nothing approved since is undone unless asked for.
 */
export function amendStartingValues(
  merged: Record<string, unknown>,
  conflicts: Conflicts,
  mine: readonly string[],
): { values: Record<string, unknown>; choices: ConflictChoice[] } {
  const values = { ...merged };
  const choices: ConflictChoice[] = [];
  for (const [field, conflict] of Object.entries(conflicts as Record<string, FieldConflict>)) {
    const kind = kindOf(conflict, merged[field]);
    partsOf(conflict).forEach((part, index) => {
      const id = `${field}.${index}`;
      const chosen = withMine(kind, values[field], part);
      const choosable = chosen !== null;
      const isMine = choosable && mine.includes(id);
      if (isMine) values[field] = chosen.value;
      choices.push({ id, field, index, kind, part, mine: isMine, choosable });
    });
  }
  return { values, choices };
}

/** The part ids a `mine` query parameter names, however many times it is given. */
export function parseMine(param: string | string[] | undefined): string[] {
  const given = param === undefined ? [] : Array.isArray(param) ? param : [param];
  return given.filter((id) => /^[A-Za-z]+\.\d{1,4}$/.test(id)).slice(0, 1000);
}

/** The amend page's query, if any, with one part switched to the author's version, or back to the site's. */
export function toggleMine(mine: readonly string[], id: string): string {
  const next = mine.includes(id) ? mine.filter((other) => other !== id) : [...mine, id];
  return next.length === 0 ? "" : `?${new URLSearchParams(next.map((other) => ["mine", other])).toString()}`;
}
