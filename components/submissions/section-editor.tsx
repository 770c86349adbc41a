import type { ReactElement } from "react";
import type { SectionId } from "@/lib/submissions/sections";
import type { CharacterChoices, CharactersValues } from "@/lib/submissions/sections/characters/schema";
import type { CreditChoices, CreditsValues } from "@/lib/submissions/sections/credits/schema";
import type { CompaniesValues, CompanyChoices } from "@/lib/submissions/sections/companies/schema";
import type { AliasesValues } from "@/lib/submissions/sections/aliases/schema";
import type { DescriptionValues } from "@/lib/submissions/sections/description/schema";
import type { FranchiseValues } from "@/lib/submissions/sections/franchise/schema";
import type { GeneralValues } from "@/lib/submissions/sections/general/schema";
import type { LinksValues } from "@/lib/submissions/sections/links/schema";
import type { PosterValues } from "@/lib/submissions/sections/poster/schema";
import type { RelationsValues } from "@/lib/submissions/sections/relations/schema";
import type { SegmentsValues } from "@/lib/submissions/sections/segments/schema";
import type { EpisodesValues } from "@/lib/submissions/sections/episodes/schema";
import type { Choice } from "@/lib/submissions/sections/shared-schema";
import type { TagsValues } from "@/lib/submissions/sections/tags/schema";
import type { NamedEntry } from "@/lib/search/entry-summary";
import { sectionTitle } from "@/lib/submissions/section-title";
import { AliasesEditForm } from "./aliases-edit-form";
import { CharactersEditForm } from "./characters-edit-form";
import { CreditsEditForm } from "./credits-edit-form";
import { CompaniesEditForm } from "./companies-edit-form";
import { DescriptionEditForm } from "./description-edit-form";
import { EntryEditForm } from "./entry-edit-form";
import type { EditFormProps } from "./edit-form-types";
import { FranchiseEditForm } from "./franchise-edit-form";
import { GeneralEditForm } from "./general-edit-form";
import { LinksEditForm } from "./links-edit-form";
import { TitleEditForm } from "./title-edit-form";
import { BroadcastEditForm } from "./broadcast-edit-form";
import { StreamsEditForm } from "./streams-edit-form";
import type { TitleValues } from "@/lib/submissions/sections/title/schema";
import type { BroadcastValues } from "@/lib/submissions/sections/broadcast/schema";
import type { StreamsValues } from "@/lib/submissions/sections/streams/schema";
import { PosterEditForm } from "./poster-edit-form";
import { RelationsEditForm } from "./relations-edit-form";
import { SegmentsEditForm } from "./segments-edit-form";
import { EpisodesEditForm } from "./episodes-edit-form";
import { TagsEditForm } from "./tags-edit-form";

type FormProps = Omit<EditFormProps<unknown>, "values"> & {
  values: Record<string, unknown>;
  /** Options from the database, from the section's own `choices`. */
  choices?: unknown;
};

type Props = FormProps & { section: SectionId };

// Values come from the section's own read or from a change set its schema accepted, so they have its shape;
// choices come from its own `choices`.
function tagsForm(section: SectionId, noun: string) {
  return function SectionTagsForm({ values, choices, ...form }: FormProps) {
    return (
      <TagsEditForm
        {...form}
        values={values as TagsValues}
        choices={choices as Choice[]}
        title={sectionTitle(section)}
        noun={noun}
      />
    );
  };
}

/** Each section's form; a section without one fails to compile here. */
const FORMS = {
  title: ({ values, choices: _, ...form }) => <TitleEditForm {...form} values={values as TitleValues} />,
  broadcast: ({ values, choices: _, ...form }) => <BroadcastEditForm {...form} values={values as BroadcastValues} />,
  streams: ({ values, choices: _, ...form }) => <StreamsEditForm {...form} values={values as StreamsValues} />,
  description: ({ values, choices: _, ...form }) => (
    <DescriptionEditForm {...form} values={values as DescriptionValues} />
  ),
  general: ({ values, choices: _, ...form }) => <GeneralEditForm {...form} values={values as GeneralValues} />,
  aliases: ({ values, choices: _, ...form }) => <AliasesEditForm {...form} values={values as AliasesValues} />,
  genres: tagsForm("genres", "genre"),
  themes: tagsForm("themes", "theme"),
  associations: tagsForm("associations", "association"),
  franchise: ({ values, choices, ...form }) => (
    <FranchiseEditForm {...form} values={values as FranchiseValues} choices={choices as Choice[]} />
  ),
  relations: ({ values, choices, ...form }) => (
    <RelationsEditForm {...form} values={values as RelationsValues} choices={choices as NamedEntry[]} />
  ),
  links: ({ values, choices: _, ...form }) => <LinksEditForm {...form} values={values as LinksValues} />,
  segments: ({ values, choices: _, ...form }) => <SegmentsEditForm {...form} values={values as SegmentsValues} />,
  episodes: ({ values, choices: _, ...form }) => <EpisodesEditForm {...form} values={values as EpisodesValues} />,
  credits: ({ values, choices, ...form }) => (
    <CreditsEditForm {...form} values={values as CreditsValues} choices={choices as CreditChoices} />
  ),
  companies: ({ values, choices, ...form }) => (
    <CompaniesEditForm {...form} values={values as CompaniesValues} choices={choices as CompanyChoices} />
  ),
  characters: ({ values, choices, ...form }) => (
    <CharactersEditForm {...form} values={values as CharactersValues} choices={choices as CharacterChoices} />
  ),
  poster: ({ values, choices: _, ...form }) => <PosterEditForm {...form} values={values as PosterValues} />,
  person: ({ values, choices: _, ...form }) => (
    <EntryEditForm {...form} values={values as Record<string, string>} text={{ name: "bio", label: "Biography" }} />
  ),
  character: ({ values, choices: _, ...form }) => (
    <EntryEditForm
      {...form}
      values={values as Record<string, string>}
      text={{ name: "description", label: "Description" }}
    />
  ),
  studio: ({ values, choices: _, ...form }) => (
    <EntryEditForm
      {...form}
      values={values as Record<string, string>}
      text={{ name: "description", label: "Description" }}
    />
  ),
} satisfies Record<SectionId, (props: FormProps) => ReactElement>;

/** The form for one section of an entry, for a new edit or for amending a submission. */
export function SectionEditor({ section, ...props }: Props) {
  const Form = FORMS[section];
  return <Form {...props} />;
}
