import type { Route } from "next";
import { Field } from "@/components/forms/field";
import { SelectField } from "@/components/forms/select-field";
import type { FilmVocabulary } from "@/lib/browse/film-filters";
import { MAX_YEAR, MIN_YEAR, type FilmBrowseParams } from "@/lib/browse/schema";
import { FILM_FORMATS, formatLabel } from "@/lib/format/labels";

const FIRST_DECADE = 1910;

/** Decades from the first of anime to the current one, newest first. */
function decadeOptions() {
  const current = Math.floor(new Date().getFullYear() / 10) * 10;
  const options = [{ value: "", label: "Any decade" }];
  for (let decade = current; decade >= FIRST_DECADE; decade -= 10) {
    options.push({ value: String(decade), label: `${decade}s` });
  }
  return options;
}

const tagOptions = (any: string, tags: FilmVocabulary["genres"]) => [
  { value: "", label: any },
  ...tags.map((tag) => ({ value: tag.slug, label: tag.name })),
];

/**
 * A plain GET form, so filtering works without JavaScript and every filtered listing has an
 * address. The letter and the order ride along as hidden fields; a fixed facet (the genre of a
 * genre's page) is not offered.
 */
export function FilmFilterForm({
  action,
  params,
  vocabulary,
  fixed,
}: {
  action: Route;
  params: FilmBrowseParams;
  vocabulary: FilmVocabulary;
  fixed?: "genre" | "theme";
}) {
  return (
    <form
      action={action}
      method="get"
      aria-label="Filter films"
      className="grid gap-4 border-t border-stone-200 p-4 sm:grid-cols-2 lg:grid-cols-3 lg:border-t-0"
    >
      {params.letter ? <input type="hidden" name="letter" value={params.letter} /> : null}
      {params.sort !== "title" ? <input type="hidden" name="sort" value={params.sort} /> : null}
      <SelectField
        name="format"
        label="Format"
        defaultValue={params.format ?? ""}
        options={[
          { value: "", label: "Any format" },
          ...FILM_FORMATS.map((format) => ({ value: format, label: formatLabel(format) })),
        ]}
      />
      {fixed === "genre" ? null : (
        <SelectField
          name="genre"
          label="Genre"
          defaultValue={params.genre ?? ""}
          options={tagOptions("Any genre", vocabulary.genres)}
        />
      )}
      {fixed === "theme" ? null : (
        <SelectField
          name="theme"
          label="Theme"
          defaultValue={params.theme ?? ""}
          options={tagOptions("Any theme", vocabulary.themes)}
        />
      )}
      <SelectField
        name="decade"
        label="Decade"
        defaultValue={params.decade?.toString() ?? ""}
        options={decadeOptions()}
      />
      <Field
        name="year"
        label="Year"
        type="number"
        inputMode="numeric"
        min={MIN_YEAR}
        max={MAX_YEAR}
        defaultValue={params.year?.toString() ?? ""}
      />
      <div className="flex items-end">
        <button type="submit" className="bg-accent-700 hover:bg-accent-600 rounded-md px-4 py-2 font-medium text-white">
          Apply filters
        </button>
      </div>
    </form>
  );
}
