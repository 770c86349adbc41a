import "server-only";
import { can, requirePermission, type Actor } from "@/lib/auth/policy";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { reserveAttempt, retryMessage } from "@/lib/rate-limit";
import { applySubmission } from "../apply";
import { proposedChanges } from "../base-values";
import { refuseFieldErrors, resolveSection } from "../resolve-section";
import { SubmissionError } from "../errors";
import type { EditMeta } from "../schema";
import { sectionOf } from "../sections";
import { countOf } from "@/lib/format/counts";

type FilmEdit = { filmId: number; section: string; values: Record<string, unknown>; meta: EditMeta };

type EntityEdit = {
  entityType: EntityType;
  entityId: number;
  section: string;
  values: Record<string, unknown>;
  meta: EditMeta;
};

export function submissionRateRule(userId: number) {
  const { SUBMISSIONS_PER_HOUR } = config();
  return { key: `submission:user:${userId}`, limit: SUBMISSIONS_PER_HOUR, windowMs: 60 * 60_000 };
}

/**
 * Runs `create` as one submission against the author's hourly limit; a submission that was never
 * made does not count against it.
 */
export async function withinSubmissionLimit<T>(actor: Actor, create: () => Promise<T>): Promise<T> {
  const rule = submissionRateRule(actor.id);
  const attempt = await reserveAttempt([rule]);
  if (attempt.limited) {
    throw new SubmissionError(
      "rate-limited",
      `You have made ${countOf(rule.limit, "submission")} in the last hour. ${retryMessage(attempt.retryAt)}`,
    );
  }
  try {
    return await create();
  } catch (error) {
    await attempt.release();
    throw error;
  }
}

/**
 * Proposes new values for one section of an entry. The edit waits in the moderation queue, unless
 * the author's role is trusted, in which case it is approved at once through the same path.
 */
export async function submitEntityEdit(actor: Actor | null, input: EntityEdit) {
  requirePermission(actor, "submission:create");
  if (sectionOf(input.section).entityType !== input.entityType) {
    throw new SubmissionError("not-found", "That entry has no such section.");
  }
  return withinSubmissionLimit(actor, () => createSubmission(actor, input));
}

export async function submitFilmEdit(actor: Actor | null, { filmId, ...edit }: FilmEdit) {
  return submitEntityEdit(actor, { ...edit, entityType: "FILM", entityId: filmId });
}

/** Records the submission, for a caller that has checked the policy and counted it against the limit. */
export async function createSubmission(actor: Actor, input: EntityEdit) {
  const definition = sectionOf(input.section);
  const entity = { entityType: input.entityType, entityId: input.entityId };
  return db.$transaction(async (tx) => {
    const { values, errors } = await resolveSection(tx, definition, input.entityId, input.values);
    const changes = await proposedChanges(
      tx,
      definition,
      entity,
      input.meta.baseRevisionId,
      values,
      "You have not changed anything yet.",
    );
    refuseFieldErrors(errors);
    const created = await tx.submission.create({
      data: {
        ...entity,
        // Only film submissions carry it; the queue and the film page filter by it.
        filmId: input.entityType === "FILM" ? input.entityId : null,
        section: definition.id,
        changes: changes as Prisma.InputJsonObject,
        baseRevisionId: input.meta.baseRevisionId,
        authorId: actor.id,
        summary: input.meta.summary,
        source: input.meta.source,
      },
      select: { id: true },
    });
    const outcome = can(actor, "submission:auto-approve") ? await applySubmission(tx, created.id, actor.id) : null;
    return { id: created.id, status: outcome?.status ?? ("PENDING" as const) };
  });
}
