import { rowsFor, type Load } from "./load";
import type { Catalogue, EntryColumns } from "./model";

function entryLoad(table: "Person" | "Character", columns: EntryColumns, firstId: number): Load {
  return {
    table,
    columns: [
      "id",
      "slug",
      "name",
      "nativeName",
      "deck",
      table === "Person" ? "bio" : "description",
      "createdAt",
      "updatedAt",
    ],
    total: columns.slug.length,
    rows: rowsFor(columns.slug.length, (index) => [
      firstId + index,
      columns.slug[index]!,
      columns.name[index]!,
      columns.nativeName[index] ?? null,
      columns.deck[index]!,
      columns.text[index]!,
      columns.createdAt[index]!,
      columns.updatedAt[index] ?? columns.createdAt[index]!,
    ]),
  };
}

/** People, their credits, characters, appearances and voice credits. */
export function castLoads(catalogue: Catalogue): Load[] {
  const { credits, appearances, voices, films, first, existing } = catalogue;
  const segmentId = (filmIndex: number, segment: number) =>
    segment < 0 ? null : films[filmIndex]!.segments[segment]!.id;
  const firstCredit = existing.maxIds.Credit! + 1;
  const firstAppearance = existing.maxIds.CharacterAppearance! + 1;
  const firstVoice = existing.maxIds.VoiceCredit! + 1;
  return [
    entryLoad("Person", catalogue.people, first.person),
    {
      table: "Credit",
      columns: ["id", "filmId", "personId", "roleId", "segmentId", "note", "position"],
      total: credits.film.length,
      rows: rowsFor(credits.film.length, (index) => {
        const filmIndex = credits.film[index]!;
        const film = films[filmIndex]!;
        return [
          firstCredit + index,
          film.id,
          first.person + credits.person[index]!,
          existing.roles[credits.role[index]!]!.id,
          segmentId(filmIndex, credits.segment[index]!),
          credits.notes.get(index) ?? "",
          index - film.creditStart + 1,
        ];
      }),
    },
    entryLoad("Character", catalogue.characters, first.character),
    {
      table: "CharacterAppearance",
      columns: ["id", "characterId", "filmId", "segmentId", "prominence", "position"],
      total: appearances.character.length,
      rows: rowsFor(appearances.character.length, (index) => {
        const filmIndex = appearances.film[index]!;
        const film = films[filmIndex]!;
        return [
          firstAppearance + index,
          first.character + appearances.character[index]!,
          film.id,
          segmentId(filmIndex, appearances.segment[index]!),
          appearances.prominence[index]!,
          index - film.appearanceStart + 1,
        ];
      }),
    },
    {
      table: "VoiceCredit",
      columns: ["id", "appearanceId", "personId", "language"],
      total: voices.person.length,
      rows: (function* () {
        for (let appearance = 0; appearance < appearances.character.length; appearance += 1) {
          for (
            let voice = appearances.voiceStart[appearance]!;
            voice < appearances.voiceStart[appearance + 1]!;
            voice += 1
          ) {
            yield [
              firstVoice + voice,
              firstAppearance + appearance,
              first.person + voices.person[voice]!,
              voices.language[voice]!,
            ];
          }
        }
      })(),
    },
  ];
}
