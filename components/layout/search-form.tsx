/** A plain GET form, so searching works without JavaScript. */
export function SearchForm({
  id,
  name,
  defaultValue = "",
  large = false,
}: {
  id: string;
  /** Tells this search landmark apart from the header's. */
  name: string;
  defaultValue?: string;
  large?: boolean;
}) {
  return (
    <form action="/search" method="get" role="search" aria-label={name} className="flex w-full gap-2">
      <label htmlFor={id} className="sr-only">
        Search films, people and characters
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder="Search films, people, characters…"
        className={`min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 text-stone-900 placeholder:text-stone-600 ${large ? "py-3 text-lg" : "py-1.5"}`}
      />
      <button type="submit" className="bg-accent-700 hover:bg-accent-600 rounded-md px-4 font-medium text-white">
        Search
      </button>
    </form>
  );
}
