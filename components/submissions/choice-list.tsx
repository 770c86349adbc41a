import type { Choice } from "@/lib/submissions/sections/shared-schema";

/** Suggestions for text inputs that name it in `list`; the browser offers them, no script needed. */
export function ChoiceList({ id, choices }: { id: string; choices: readonly Choice[] }) {
  return (
    <datalist id={id}>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </datalist>
  );
}
