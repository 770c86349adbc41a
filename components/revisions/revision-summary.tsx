/** An edit summary, marked when the revision is a revert. */
export function RevisionSummary({ summary, revertOfNumber }: { summary: string; revertOfNumber: number | null }) {
  return (
    <>
      {summary}
      {revertOfNumber !== null ? (
        <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
          reverts #{revertOfNumber}
        </span>
      ) : null}
    </>
  );
}
