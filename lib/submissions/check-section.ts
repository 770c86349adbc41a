import "server-only";
import { SectionFieldErrors } from "./errors";
import type { SectionDefinition } from "./sections";
import type { Tx } from "./sections/types";

/** Refuses values the section's database check finds wrong, with a message per input. */
export async function checkSection(
  tx: Tx,
  definition: SectionDefinition<Record<string, unknown>>,
  entityId: number,
  values: Record<string, unknown>,
): Promise<void> {
  const found = definition.check ? await definition.check(tx, entityId, values) : {};
  const fieldErrors = Object.fromEntries(Object.entries(found).filter(([, messages]) => messages?.length));
  if (Object.keys(fieldErrors).length > 0) throw new SectionFieldErrors(fieldErrors as Record<string, string[]>);
}
