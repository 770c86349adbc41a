import { z } from "zod";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { deckField, nameField, nativeNameField } from "../entry-schema";
import { wikiTextSchema } from "../schema";
import type { SectionDefinition, Tx } from "./types";

/** The one wiki text of a described entry: a person's biography, a character's or a studio's description. */
type TextField = "bio" | "description";

/** What a person, character or studio is called, in its own script too, its deck and its wiki text. */
export type DescribedValues<Text extends TextField> = { name: string; nativeName: string; deck: string } & Record<
  Text,
  string
>;

type Stored<Text extends TextField> = Omit<DescribedValues<Text>, "nativeName"> & { nativeName: string | null };

type Spec<Text extends TextField> = {
  id: string;
  entityType: EntityType;
  title: string;
  text: { field: Text; label: string };
  find(tx: Tx, id: number): Promise<Stored<Text>>;
  update(tx: Tx, id: number, data: Stored<Text>): Promise<unknown>;
};

/**
 * The section that describes a named entry, the same for every kind that has one; each kind gives
 * its text field and how to read and update its row. Other pages show the name (a film's credits
 * and cast, a work's companies), so they expire with it.
 */
export function describedEntrySection<Text extends TextField>(
  spec: Spec<Text>,
): SectionDefinition<DescribedValues<Text>> {
  const { field, label } = spec.text;
  const schema = z.strictObject({
    name: nameField("name"),
    nativeName: nativeNameField("native name"),
    deck: deckField,
    [field]: wikiTextSchema(label.toLowerCase()),
  }) as unknown as z.ZodType<DescribedValues<Text>, unknown>;
  return {
    id: spec.id,
    entityType: spec.entityType,
    title: spec.title,
    fields: { name: "Name", nativeName: "Native name", deck: "Deck", [field]: label } as Record<
      keyof DescribedValues<Text> & string,
      string
    >,
    wikiText: [field],
    schema,
    shownElsewhere: true,
    formField: new RegExp(`^(name|nativeName|deck|${field})$`),
    fromForm: (fields) => ({
      name: fields.name ?? "",
      nativeName: fields.nativeName ?? "",
      deck: fields.deck ?? "",
      [field]: fields[field] ?? "",
    }),
    async read(tx, id) {
      const row = await spec.find(tx, id);
      return { ...row, nativeName: row.nativeName ?? "" } as DescribedValues<Text>;
    },
    async write(tx, id, values) {
      await spec.update(tx, id, { ...values, nativeName: values.nativeName || null });
    },
  };
}
