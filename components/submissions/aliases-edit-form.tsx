"use client";

import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { SelectField } from "@/components/forms/select-field";
import { rowNamer } from "@/lib/forms/numbered-rows";
import {
  ALIAS_MAX,
  LANGUAGE_TAG_MAX,
  aliasRowsFromForm,
  type AliasValue,
  type AliasesValues,
} from "@/lib/submissions/sections/aliases/schema";
import { TITLE_KINDS, titleKindLabel } from "@/lib/titles/kinds";
import { COMMON_TITLE_LANGUAGES, canonicalLanguageTag, languageTagName } from "@/lib/titles/languages";
import { formFeedback, type EditFormProps, type RowFieldsProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

const LANGUAGE_LIST_ID = "title-languages";

const KIND_OPTIONS = TITLE_KINDS.map((kind) => ({ value: kind, label: titleKindLabel(kind) }));

type Row = { title: string; language: string; kind: string };

const blankRow: Row = { title: "", language: "", kind: "" };

/** What the typed tag names, so a typo ("jp") shows before the form is sent. */
function languageHint(typed: string) {
  if (typed.trim() === "") return "A BCP 47 tag: ja, ja-Latn, en, zh-Hans; und if unknown.";
  const tag = canonicalLanguageTag(typed);
  return tag ? `${languageTagName(tag)} (${tag})` : "Not a language tag yet.";
}

function LanguageField({ name, typed, errors }: { name: string; typed: string; errors?: string[] }) {
  const [value, setValue] = useState(typed);
  return (
    <Field
      name={name}
      label="Language"
      list={LANGUAGE_LIST_ID}
      maxLength={LANGUAGE_TAG_MAX}
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      hint={languageHint(value)}
      errors={errors}
    />
  );
}

function AliasFields({ index, row, errors }: RowFieldsProps<Row>) {
  const name = rowNamer<AliasValue>("aliases", index);
  return (
    <>
      <Field
        name={name("title")}
        label="Title"
        maxLength={ALIAS_MAX}
        defaultValue={row.title}
        errors={errors[name("title")]}
      />
      <LanguageField name={name("language")} typed={row.language} errors={errors[name("language")]} />
      <SelectField
        name={name("kind")}
        label="Kind"
        options={KIND_OPTIONS}
        defaultValue={row.kind || "SYNONYM"}
        errors={errors[name("kind")]}
      />
    </>
  );
}

/** Alternative titles: a row per title, its language and its kind; clearing a row removes it. */
export function AliasesEditForm({ action, values, meta, cancelHref }: EditFormProps<AliasesValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="aliases"
        legend="Alternative titles"
        hint="The other titles the work is known by, one per row: the title, its language as a BCP 47 tag (ja for Japanese, ja-Latn for Japanese in Latin letters, zh-Hans for Simplified Chinese), and whether it is official, a romanisation or a synonym. Clear a row's title and language to remove it."
        errors={errors.aliases}
        rows={posted ? aliasRowsFromForm(posted) : values.aliases}
        blank={blankRow}
        posted={posted}
        noun="title"
        row={{ legend: (index) => `Title ${index + 1}`, className: "sm:grid-cols-[1fr_14rem_10rem]" }}
        renderRow={(row, index) => <AliasFields index={index} row={row} errors={errors} />}
      />
      <datalist id={LANGUAGE_LIST_ID}>
        {COMMON_TITLE_LANGUAGES.map((tag) => (
          <option key={tag} value={tag}>
            {languageTagName(tag)}
          </option>
        ))}
      </datalist>
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
