import "server-only";
import { can, requirePermission, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applySubmission } from "../apply";
import { SimilarEntriesError } from "../errors";
import { findSimilarEntries, newEntryOf, type NewEntryId } from "../new-entries";
import type { EditMeta } from "../schema";
import { withinSubmissionLimit } from "./submit-edit";
import { entryKind } from "@/lib/entries/kinds";

type Proposal = {
  kind: NewEntryId;
  values: Record<string, unknown>;
  meta: Pick<EditMeta, "summary" | "source">;
  /** The author has seen the similar entries and says this is none of them. */
  confirmedNew: boolean;
};

/**
 * Proposes a new film, person or character. It waits for a moderator to approve its creation,
 * unless the author's role is trusted; either way the entry is created by applySubmission.
 */
export async function proposeEntry(actor: Actor | null, input: Proposal) {
  requirePermission(actor, "submission:create");
  const kind = newEntryOf(input.kind);
  const values = kind.schema.parse(input.values);
  return withinSubmissionLimit(actor, () =>
    db.$transaction(async (tx) => {
      if (!input.confirmedNew) {
        const similar = await findSimilarEntries(tx, kind.entityType, kind.names(values));
        if (similar.length > 0) throw new SimilarEntriesError(similar, entryKind(kind.entityType).noun);
      }
      const created = await tx.submission.create({
        data: {
          entityType: kind.entityType,
          section: kind.id,
          changes: values as Prisma.InputJsonObject,
          authorId: actor.id,
          summary: input.meta.summary,
          source: input.meta.source,
        },
        select: { id: true },
      });
      const outcome = can(actor, "submission:auto-approve") ? await applySubmission(tx, created.id, actor.id) : null;
      return { id: created.id, status: outcome?.status ?? ("PENDING" as const) };
    }),
  );
}
