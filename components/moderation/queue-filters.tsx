import Link from "next/link";
import { Field } from "@/components/forms/field";
import type { QueueFilterInput, QueueFilterMessages } from "@/lib/submissions/filter-queries";
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

/** A plain GET form, so filtering works without JavaScript and a filtered queue can be shared. */
export function QueueFilters({ input, messages }: { input: QueueFilterInput; messages: QueueFilterMessages }) {
  const filtered = Boolean(input.section || input.film || input.author);
  return (
    <form
      action="/moderation"
      method="get"
      aria-label="Filter the queue"
      className="grid gap-4 rounded-md border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
    >
      <SectionSelect value={input.section} error={messages.section} />
      <Field
        name="film"
        label="Film"
        hint="Its slug, as in /films/akira."
        maxLength={100}
        defaultValue={input.film}
        errors={messages.film ? [messages.film] : undefined}
      />
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
