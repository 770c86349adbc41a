"use client";

import type { UseComboboxPropGetters } from "downshift";
import type { Suggestion } from "./use-suggestions";

/** The options of a suggesting box (the header's search, a list's "Add film", a form's pickers), inside its own menu. */
export function SuggestionItems<Item extends Suggestion>({
  suggestions,
  highlightedIndex,
  getItemProps,
}: {
  suggestions: Item[];
  highlightedIndex: number;
  getItemProps: UseComboboxPropGetters<Item>["getItemProps"];
}) {
  return suggestions.map((item, index) => (
    <li
      key={item.href}
      {...getItemProps({ item, index })}
      className={`cursor-pointer px-3 py-2 ${highlightedIndex === index ? "bg-stone-100" : ""}`}
    >
      <span className="font-medium">{item.label}</span>
      <span className="text-sm text-stone-700"> · {item.detail}</span>
    </li>
  ));
}
