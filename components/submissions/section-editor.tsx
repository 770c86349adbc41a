import type { PosterValues } from "@/lib/images/schema";
import type { CharacterChoices, CharactersValues } from "@/lib/submissions/character-schema";
import type { CreditChoices, CreditsValues } from "@/lib/submissions/credit-schema";
import type {
  AliasesValues,
  Choice,
  FranchiseValues,
  RelationsValues,
  TagsValues,
} from "@/lib/submissions/film-links-schema";
import type { DescriptionValues, GeneralValues } from "@/lib/submissions/schema";
import type { SegmentsValues } from "@/lib/submissions/segment-schema";
import type { SectionId } from "@/lib/submissions/sections";
import { AliasesEditForm } from "./aliases-edit-form";
import { CharactersEditForm } from "./characters-edit-form";
import { CreditsEditForm } from "./credits-edit-form";
import { DescriptionEditForm } from "./description-edit-form";
import { EntryEditForm } from "./entry-edit-form";
import type { EditFormProps } from "./edit-form-types";
import { FranchiseEditForm } from "./franchise-edit-form";
import { GeneralEditForm } from "./general-edit-form";
import { PosterEditForm } from "./poster-edit-form";
import { RelationsEditForm } from "./relations-edit-form";
import { SegmentsEditForm } from "./segments-edit-form";
import { TagsEditForm } from "./tags-edit-form";

type Props = Omit<EditFormProps<unknown>, "values"> & {
  section: SectionId;
  values: Record<string, unknown>;
  /** Options from the database, from the section's own `choices`. */
  choices?: unknown;
};

/** The form for one section of a film, for a new edit or for amending a submission. */
export function SectionEditor({ section, values, choices, ...form }: Props) {
  // Values come from the section's own read or from a change set its schema accepted, so they have its shape.
  switch (section) {
    case "description":
      return <DescriptionEditForm {...form} values={values as DescriptionValues} />;
    case "general":
      return <GeneralEditForm {...form} values={values as GeneralValues} />;
    case "aliases":
      return <AliasesEditForm {...form} values={values as AliasesValues} />;
    case "genres":
      return (
        <TagsEditForm
          {...form}
          values={values as TagsValues}
          choices={choices as Choice[]}
          title="Genres"
          noun="genre"
        />
      );
    case "themes":
      return (
        <TagsEditForm
          {...form}
          values={values as TagsValues}
          choices={choices as Choice[]}
          title="Themes"
          noun="theme"
        />
      );
    case "associations":
      return (
        <TagsEditForm
          {...form}
          values={values as TagsValues}
          choices={choices as Choice[]}
          title="Associations"
          noun="association"
        />
      );
    case "franchise":
      return <FranchiseEditForm {...form} values={values as FranchiseValues} choices={choices as Choice[]} />;
    case "relations":
      return <RelationsEditForm {...form} values={values as RelationsValues} choices={choices as Choice[]} />;
    case "segments":
      return <SegmentsEditForm {...form} values={values as SegmentsValues} />;
    case "credits":
      return <CreditsEditForm {...form} values={values as CreditsValues} choices={choices as CreditChoices} />;
    case "characters":
      return <CharactersEditForm {...form} values={values as CharactersValues} choices={choices as CharacterChoices} />;
    case "poster":
      return <PosterEditForm {...form} values={values as PosterValues} />;
    case "person":
      return (
        <EntryEditForm {...form} values={values as Record<string, string>} text={{ name: "bio", label: "Biography" }} />
      );
    case "character":
      return (
        <EntryEditForm
          {...form}
          values={values as Record<string, string>}
          text={{ name: "description", label: "Description" }}
        />
      );
  }
}
