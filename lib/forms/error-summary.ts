/**
 * How the error summary names a field it links to, read from the field's name alone so that the
 * page returned without JavaScript says the same: "credits.12.person" is "Row 13, Person", and
 * "characters.2.voices.0.person" is "Row 3, Voices row 1, Person" (lib/forms/numbered-rows.ts).
 */
export function errorFieldLabel(name: string): string {
  const parts = name.split(".");
  const words: string[] = [];
  parts.forEach((part, index) => {
    const next = parts[index + 1];
    if (next !== undefined && /^\d+$/.test(next)) return;
    if (/^\d+$/.test(part)) {
      const list = parts[index - 1] ?? "";
      const row = `row ${Number(part) + 1}`;
      words.push(index === 1 ? capitalised(row) : `${humanised(list)} ${row}`);
      return;
    }
    words.push(humanised(part));
  });
  return words.join(", ");
}

/** The id of a field's control, as FieldShell gives it. */
export function fieldControlId(name: string): string {
  return `field-${name}`;
}

/** "newPerson" reads "New person". */
function humanised(word: string): string {
  return capitalised(word.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase());
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
