import Link from "next/link";
import { Field } from "@/components/forms/field";
import type { FilmChoice, QueueFilterInput, QueueFilterMessages } from "@/lib/submissions/filter-queries";
import { queueHref } from "./queue-href";
import { SECTIONS } from "@/lib/submissions/sections";

function SectionSelect({ value, error }: { value: string; error?: string }) {
  const id = "field-section";
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        Section
      </label>
      <select
        id={id}
        name="section"
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
      >
        <option value="">All sections</option>
        {Object.values(SECTIONS).map((section) => (
          <option key={section.id} value={section.id}>
            {section.title}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The films an ambiguous title could mean, each a link to the queue filtered by it. */
function FilmChoices({ input, choices }: { input: QueueFilterInput; choices: FilmChoice[] }) {
  if (choices.length === 0) return null;
  return (
    <ul aria-label="Films with this title" className="space-y-1 text-sm">
      {choices.map((film) => (
        <li key={film.slug}>
          <Link href={queueHref({ ...input, film: film.slug })}>
            {film.title} ({film.year ?? "year unknown"})
          </Link>{" "}
          <span className="text-stone-700">{film.slug}</span>
        </li>
      ))}
    </ul>
  );
}

/** A plain GET form, so filtering works without JavaScript and a filtered queue can be shared. */
export function QueueFilters({
  input,
  messages,
  filmChoices,
}: {
  input: QueueFilterInput;
  messages: QueueFilterMessages;
  filmChoices: FilmChoice[];
}) {
  const filtered = Boolean(input.section || input.film || input.author);
  return (
    <form
      action="/moderation"
      method="get"
      aria-label="Filter the queue"
      className="grid gap-4 rounded-md border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
    >
      <SectionSelect value={input.section} error={messages.section} />
      <div className="space-y-2">
        <Field
          name="film"
          label="Film"
          hint="Its title, or its slug as in /films/akira."
          maxLength={100}
          defaultValue={input.film}
          errors={messages.film ? [messages.film] : undefined}
        />
        <FilmChoices input={input} choices={filmChoices} />
      </div>
      <Field
        name="author"
        label="Author"
        hint="Their username."
        maxLength={100}
        defaultValue={input.author}
        errors={messages.author ? [messages.author] : undefined}
      />
      <div className="flex items-center gap-4 lg:pt-7">
        <button type="submit" className="bg-accent-700 hover:bg-accent-600 rounded-md px-4 py-2 font-medium text-white">
          Filter
        </button>
        {filtered ? <Link href="/moderation">Clear filters</Link> : null}
      </div>
    </form>
  );
}
