import { expect, type Locator } from "@playwright/test";

/** The list of suggestions a picker's box controls. */
export async function suggestionsOf(field: Locator) {
  const id = await field.getAttribute("aria-controls");
  expect(id, "the picker names its list of suggestions").toBeTruthy();
  return field.page().locator(`[id="${id}"]`);
}

const MOST_SUGGESTED = 8;

/**
 * Types `typed` into a picker as a person would and chooses the suggestion named like `option`
 * with the keyboard: arrow keys to highlight it, Enter to choose it.
 */
export async function pickEntry(field: Locator, typed: string, option: string | RegExp) {
  await field.clear();
  await field.pressSequentially(typed);
  const suggestions = await suggestionsOf(field);
  const wanted = suggestions.getByRole("option", { name: option });
  await expect(wanted).toBeVisible();
  for (let step = 0; step < MOST_SUGGESTED; step += 1) {
    await field.press("ArrowDown");
    if ((await wanted.getAttribute("aria-selected")) === "true") break;
  }
  await expect(wanted).toHaveAttribute("aria-selected", "true");
  await field.press("Enter");
  await expect(suggestions).toBeHidden();
}
