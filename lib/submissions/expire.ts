import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { expiringPagesShowing, type ChangeTarget } from "@/lib/cache/affected";

/**
 * Runs an author's submission. A trusted author's applies at once (the mutation asks the same
 * policy), so the pages showing its section expire; anyone else's only joins the queue and changes
 * no page, so nothing is looked up for it.
 */
export function submittingAsAuthor<Result extends { status: string }>(
  actor: Actor,
  target: (result?: Result) => Promise<ChangeTarget | null>,
  submit: () => Promise<Result>,
): Promise<Result> {
  if (!can(actor, "submission:auto-approve")) return submit();
  return expiringPagesShowing(target, submit, (result) => result.status === "APPROVED");
}
