import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { diffValues, type ChangeSet } from "./change-set";
import { SubmissionError } from "./errors";
import type { SectionDefinition } from "./sections";

type Tx = Prisma.TransactionClient;

/** The newest revision of a section: what a new edit form is based on. */
export async function latestRevisionId(
  tx: Tx,
  entity: { entityType: EntityType; entityId: number },
  section: string,
): Promise<number | null> {
  const latest = await tx.revision.findFirst({
    where: { ...entity, section },
    orderBy: { number: "desc" },
    select: { id: true },
  });
  return latest?.id ?? null;
}

/**
 * The section as the editor saw it: the state right after their base revision. A form opened
 * before the section had any revision saw the state before the first one.
 */
export async function baseValues(
  tx: Tx,
  definition: SectionDefinition<Record<string, unknown>>,
  entity: { entityType: EntityType; entityId: number },
  baseRevisionId: number | null,
): Promise<Record<string, unknown>> {
  if (baseRevisionId !== null) {
    const base = await tx.revision.findFirst({
      where: { id: baseRevisionId, ...entity, section: definition.id },
      select: { after: true },
    });
    if (!base)
      throw new SubmissionError("stale-base", "This form was opened on another page. Reload it and try again.");
    return base.after as Record<string, unknown>;
  }
  const first = await tx.revision.findFirst({
    where: { ...entity, section: definition.id },
    orderBy: { number: "asc" },
    select: { before: true },
  });
  return first ? (first.before as Record<string, unknown>) : definition.read(tx, entity.entityId);
}

/** What an edit the entry already reflects is told, when submitted and when approved. */
export const NOTHING_TO_CHANGE = "Nothing to change: the entry already says this.";

/**
 * The change set of proposed values against the editor's base, refused when it would change
 * nothing: nothing differs from the base (`unchanged` says so), or the section already holds these
 * values, because someone made the same change since the base.
 */
export async function proposedChanges(
  tx: Tx,
  definition: SectionDefinition<Record<string, unknown>>,
  entity: { entityType: EntityType; entityId: number },
  baseRevisionId: number | null,
  values: Record<string, unknown>,
  unchanged: string,
): Promise<ChangeSet> {
  const changes = diffValues(await baseValues(tx, definition, entity, baseRevisionId), values);
  if (Object.keys(changes).length === 0) throw new SubmissionError("nothing-changed", unchanged);
  const current = await definition.read(tx, entity.entityId);
  if (Object.keys(diffValues(current, values)).length === 0) {
    throw new SubmissionError("nothing-changed", NOTHING_TO_CHANGE);
  }
  return changes;
}
