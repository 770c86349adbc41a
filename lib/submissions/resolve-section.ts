import "server-only";
import { SectionFieldErrors } from "./errors";
import type { SectionDefinition } from "./sections";
import type { FieldErrors, Resolution, Tx } from "./sections/types";

/** The section's one lookup of what the values name: the values as stored and what did not resolve. */
export async function resolveSection(
  tx: Tx,
  definition: SectionDefinition<Record<string, unknown>>,
  entityId: number,
  values: Record<string, unknown>,
): Promise<Resolution<Record<string, unknown>>> {
  return definition.resolve ? definition.resolve(tx, entityId, values) : { values, errors: {} };
}

/** Refuses values the section's lookup found wrong, with a message per input. */
export function refuseFieldErrors(errors: FieldErrors): void {
  const fieldErrors = Object.fromEntries(Object.entries(errors).filter(([, messages]) => messages?.length));
  if (Object.keys(fieldErrors).length > 0) throw new SectionFieldErrors(fieldErrors as Record<string, string[]>);
}
