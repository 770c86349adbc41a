import type { UseComboboxGetInputPropsOptions, UseComboboxPropGetters } from "downshift";
import type { KeyboardEvent } from "react";

type Combobox<Item> = {
  getInputProps: UseComboboxPropGetters<Item>["getInputProps"];
  highlightedIndex: number;
  closeMenu: () => void;
};

/** What Enter does when no suggestion is highlighted. */
type Enter = {
  /**
   * How many suggestions are on screen. A picker, whose box is one field of a longer form, passes
   * it: while suggestions show, Enter only closes them, so that a half-typed name is not sent with
   * the form by a key pressed to choose; with none showing, Enter submits as in any field.
   */
  holdWhileShown?: number;
};

/**
 * The input of a suggesting box that stays an ordinary field of its form.
 *
 * Downshift keeps Enter for itself whenever its menu is open, even with no suggestion highlighted,
 * so the first Enter (or a phone's Go key) only closed the list. Here Enter opens a highlighted
 * suggestion as before, and otherwise is left to the browser, which submits the form (unless
 * `enter.holdWhileShown` says suggestions show).
 *
 * HTML allows role="combobox" on a text input but not on type="search", so the box is a text input
 * (a search box asks phones for its keyboard with inputMode); and aria-activedescendant is left
 * out, rather than empty, while nothing is highlighted.
 */
export function comboboxFieldProps<Item>(
  { getInputProps, highlightedIndex, closeMenu }: Combobox<Item>,
  options: UseComboboxGetInputPropsOptions,
  enter: Enter = {},
) {
  const { "aria-activedescendant": activeDescendant, ...props } = getInputProps({
    type: "text",
    ...options,
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      // Enter that ends typing in an input method (kana to kanji) commits the text, no more.
      if (event.key !== "Enter" || event.nativeEvent.isComposing || highlightedIndex >= 0) return;
      // Downshift then closes the list and keeps the key from the form.
      if ((enter.holdWhileShown ?? 0) > 0) return;
      // Downshift's documented way to skip its own handler for this event.
      (event.nativeEvent as { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
      closeMenu();
    },
  });
  return activeDescendant ? { ...props, "aria-activedescendant": activeDescendant } : props;
}
