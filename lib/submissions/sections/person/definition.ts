import { describedEntrySection } from "../described-entry";

const SELECT = { name: true, nativeName: true, deck: true, bio: true } as const;

/** Who a person is; the films they worked on and the characters they voice name them. */
export const person = describedEntrySection({
  id: "person",
  entityType: "PERSON",
  title: "Person",
  text: { field: "bio", label: "Biography" },
  find: (tx, id) => tx.person.findUniqueOrThrow({ where: { id }, select: SELECT }),
  update: (tx, id, data) => tx.person.update({ where: { id }, data }),
});
