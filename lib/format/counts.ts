const englishPlurals = new Intl.PluralRules("en-US");

/** The noun that agrees with a count in English: "film" for 1, "films" for 0, 2 or 1.5. */
export function nounFor(count: number, singular: string, plural = `${singular}s`): string {
  return englishPlurals.select(count) === "one" ? singular : plural;
}

/** A count in English with its noun: "1 item", "1,000 items". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-US")} ${nounFor(count, singular, plural)}`;
}
