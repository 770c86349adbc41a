import { describedEntrySection } from "../described-entry";

const SELECT = { name: true, nativeName: true, deck: true, description: true } as const;

/** What a studio is; the pages of the works that credit it show its name. */
export const studio = describedEntrySection({
  id: "studio",
  entityType: "STUDIO",
  title: "Studio",
  text: { field: "description", label: "Description" },
  find: (tx, id) => tx.studio.findUniqueOrThrow({ where: { id }, select: SELECT }),
  update: (tx, id, data) => tx.studio.update({ where: { id }, data }),
});
