import "server-only";
import { can, requirePermission, type Actor } from "@/lib/auth/policy";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reserveAttempt, retryMessage } from "@/lib/rate-limit";
import { applySubmission } from "../apply";
import { baseValues } from "../base-values";
import { diffValues } from "../change-set";
import { checkSection } from "../check-section";
import { SubmissionError } from "../errors";
import type { EditMeta } from "../schema";
import { sectionOf } from "../sections";

type FilmEdit = { filmId: number; section: string; values: Record<string, unknown>; meta: EditMeta };

export function submissionRateRule(userId: number) {
  const { SUBMISSIONS_PER_HOUR } = config();
  return { key: `submission:user:${userId}`, limit: SUBMISSIONS_PER_HOUR, windowMs: 60 * 60_000 };
}

/**
 * Proposes new values for one section of a film. The edit waits in the moderation queue, unless
 * the author's role is trusted, in which case it is approved at once through the same path.
 */
export async function submitFilmEdit(actor: Actor | null, input: FilmEdit) {
  requirePermission(actor, "submission:create");
  const rule = submissionRateRule(actor.id);
  const attempt = await reserveAttempt([rule]);
  if (attempt.limited) {
    throw new SubmissionError(
      "rate-limited",
      `You have made ${rule.limit} submissions in the last hour. ${retryMessage(attempt.retryAt)}`,
    );
  }
  try {
    return await createSubmission(actor, input);
  } catch (error) {
    // A submission that was never made does not count against the limit.
    await attempt.release();
    throw error;
  }
}

async function createSubmission(actor: Actor, input: FilmEdit) {
  const definition = sectionOf(input.section);
  const entity = { entityType: definition.entityType, entityId: input.filmId };
  return db.$transaction(async (tx) => {
    const base = await baseValues(tx, definition, entity, input.meta.baseRevisionId);
    const values = definition.prepare ? await definition.prepare(tx, input.filmId, input.values) : input.values;
    const changes = diffValues(base, values);
    if (Object.keys(changes).length === 0) {
      throw new SubmissionError("nothing-changed", "You have not changed anything yet.");
    }
    await checkSection(tx, definition, input.filmId, values);
    const created = await tx.submission.create({
      data: {
        ...entity,
        filmId: input.filmId,
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
