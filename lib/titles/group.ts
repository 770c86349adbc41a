import { languageTagName } from "./languages";

export type TitleGroup<Title> = { language: string; name: string; titles: Title[] };

/**
 * Titles grouped by language, the groups in the order their first title was added (an editor's
 * order), each named in English; titles of unknown language come last.
 */
export function groupTitlesByLanguage<Title extends { language: string }>(
  titles: readonly Title[],
): TitleGroup<Title>[] {
  const groups = new Map<string, TitleGroup<Title>>();
  for (const title of titles) {
    const group = groups.get(title.language) ?? {
      language: title.language,
      name: languageTagName(title.language),
      titles: [],
    };
    group.titles.push(title);
    groups.set(title.language, group);
  }
  return [...groups.values()].sort((a, b) => Number(a.language === "und") - Number(b.language === "und"));
}
