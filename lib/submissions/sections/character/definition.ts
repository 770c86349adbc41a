import { describedEntrySection } from "../described-entry";

const SELECT = { name: true, nativeName: true, deck: true, description: true } as const;

/** Who a character is; films' casts and voice actors' pages name them. */
export const character = describedEntrySection({
  id: "character",
  entityType: "CHARACTER",
  title: "Character",
  text: { field: "description", label: "Description" },
  find: (tx, id) => tx.character.findUniqueOrThrow({ where: { id }, select: SELECT }),
  update: (tx, id, data) => tx.character.update({ where: { id }, data }),
});
