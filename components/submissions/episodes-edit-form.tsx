"use client";

import { useCallback, useState } from "react";
import { useFormAction, usePageAddress } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { EPISODE_KINDS, episodeKindLabel } from "@/lib/episodes/codes";
import { ROW_INTENT, rowNamer } from "@/lib/forms/numbered-rows";
import {
  BLANK_EPISODE,
  EPISODE_RUN,
  EPISODE_RUN_INTENT,
  EPISODE_SYNOPSIS_MAX,
  EPISODE_TITLE_MAX,
  episodeRowsFromForm,
  episodeRun,
  type EpisodeRow,
  type EpisodesValues,
} from "@/lib/submissions/sections/episodes/schema";
import { formFeedback, type EditFormProps, type RowFieldsProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

const KIND_OPTIONS = EPISODE_KINDS.map((kind) => ({ value: kind, label: episodeKindLabel(kind) }));

function EpisodeFields({ index, row, errors }: RowFieldsProps<EpisodeRow>) {
  const name = rowNamer<EpisodeRow>("episodes", index);
  const text = (
    field: keyof EpisodeRow,
    label: string,
    extra: { lang?: string; hint?: string; maxLength?: number } = {},
  ) => (
    <Field
      name={name(field)}
      label={label}
      maxLength={EPISODE_TITLE_MAX}
      defaultValue={row[field]}
      errors={errors[name(field)]}
      {...extra}
    />
  );
  return (
    <>
      <SelectField
        name={name("kind")}
        label="Kind"
        options={KIND_OPTIONS}
        defaultValue={row.kind}
        errors={errors[name("kind")]}
      />
      <Field
        name={name("number")}
        label="Number"
        inputMode="numeric"
        maxLength={4}
        defaultValue={row.number}
        errors={errors[name("number")]}
      />
      {text("airDate", "Air date in Japan", {
        hint: "YYYY-MM-DD, or YYYY-MM or YYYY when that is all that is known.",
        maxLength: 10,
      })}
      {text("title", "English title")}
      {text("nativeTitle", "Japanese title", { lang: "ja" })}
      {text("romanisedTitle", "Romanised title", { lang: "ja-Latn" })}
      <Field
        name={name("runtimeMinutes")}
        label="Runtime (min)"
        inputMode="numeric"
        maxLength={6}
        defaultValue={row.runtimeMinutes}
        errors={errors[name("runtimeMinutes")]}
      />
      <div className="col-span-full">
        <TextareaField
          name={name("synopsis")}
          label="Synopsis"
          hint="Wiki text: [[Name]] links to an entry."
          rows={3}
          maxLength={EPISODE_SYNOPSIS_MAX}
          defaultValue={row.synopsis}
          errors={errors[name("synopsis")]}
        />
      </div>
    </>
  );
}

/**
 * "Number from … to …": adds a run of pre-numbered rows. With JavaScript it adds them on the page;
 * without, it posts the form back (saving nothing) and the rows come back with it.
 */
function EpisodeRunControl({
  append,
  scripted,
  posted,
}: {
  append: (rows: readonly EpisodeRow[]) => void;
  scripted: boolean;
  posted: Record<string, string | undefined> | null;
}) {
  const page = usePageAddress();
  const [message, setMessage] = useState<string | null>(null);
  const postedRun = posted?.[ROW_INTENT] === EPISODE_RUN_INTENT ? runFromPost(posted) : null;
  const error = message ?? (postedRun && "error" in postedRun ? postedRun.error : null);
  return (
    <fieldset className="flex flex-wrap items-end gap-2 rounded-md border border-stone-200 p-2">
      <legend className="px-1 text-sm font-medium">Add a run of episodes</legend>
      <SelectField
        name={EPISODE_RUN.kind}
        label="Kind"
        options={KIND_OPTIONS}
        defaultValue={posted?.[EPISODE_RUN.kind] ?? "REGULAR"}
      />
      <Field
        name={EPISODE_RUN.from}
        label="Number from"
        inputMode="numeric"
        maxLength={4}
        className="w-24 rounded-md border border-stone-400 bg-white px-3 py-2"
        defaultValue={posted?.[EPISODE_RUN.from] ?? "1"}
        errors={error ? [error] : undefined}
      />
      <Field
        name={EPISODE_RUN.to}
        label="to"
        inputMode="numeric"
        maxLength={4}
        className="w-24 rounded-md border border-stone-400 bg-white px-3 py-2"
        defaultValue={posted?.[EPISODE_RUN.to] ?? "12"}
      />
      <button
        type={scripted ? "button" : "submit"}
        name={ROW_INTENT}
        value={EPISODE_RUN_INTENT}
        formAction={scripted ? undefined : `${page}#episodes-new`}
        onClick={
          scripted
            ? (event) => {
                const form = event.currentTarget.form;
                if (!form) return;
                const run = runFromPost(Object.fromEntries(new FormData(form)) as Record<string, string>);
                setMessage("error" in run ? run.error : null);
                if ("rows" in run) append(run.rows);
              }
            : undefined
        }
        className="rounded-md border border-stone-400 bg-white px-4 py-2 font-medium text-stone-900"
      >
        Add numbered rows
      </button>
    </fieldset>
  );
}

function runFromPost(posted: Record<string, string | undefined>) {
  return episodeRun(
    posted[EPISODE_RUN.from],
    posted[EPISODE_RUN.to],
    posted[EPISODE_RUN.kind],
    episodeRowsFromForm(posted),
  );
}

const rowsOf = (values: EpisodesValues): EpisodeRow[] =>
  values.episodes.map((episode) => ({
    ...episode,
    number: String(episode.number),
    runtimeMinutes: episode.runtimeMinutes?.toString() ?? "",
  }));

/** The rows a post came back with, and those its run control added when that was what it asked. */
function postedRows(posted: Record<string, string | undefined>): EpisodeRow[] {
  const rows = episodeRowsFromForm(posted);
  const run = posted[ROW_INTENT] === EPISODE_RUN_INTENT ? runFromPost(posted) : null;
  return run && "rows" in run ? [...rows, ...run.rows] : rows;
}

/** A series' episodes: each row one episode, named by its kind and number, with its titles by language. */
export function EpisodesEditForm({ action, values, meta, cancelHref }: EditFormProps<EpisodesValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  const runControl = useCallback(
    (props: { append: (rows: readonly EpisodeRow[]) => void; scripted: boolean }) => (
      <EpisodeRunControl {...props} posted={posted} />
    ),
    [posted],
  );
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="episodes"
        legend="Episodes"
        hint="One row per episode. Add a run of numbered rows below, then fill in their titles and air dates; a row with nothing but its number is left out. Clear a row's titles, date, runtime and synopsis to remove the episode."
        errors={errors.episodes}
        rows={posted ? postedRows(posted) : rowsOf(values)}
        blank={BLANK_EPISODE}
        posted={posted}
        noun="episode"
        startEmpty={1}
        row={{ legend: (index) => `Episode row ${index + 1}`, className: "sm:grid-cols-3" }}
        renderRow={(row, index) => <EpisodeFields index={index} row={row} errors={errors} />}
        AddControl={runControl}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
