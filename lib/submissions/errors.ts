/** A submission could not go ahead for a reason the person can act on; the message says which. */
export class SubmissionError extends Error {
  constructor(
    public readonly code: "nothing-changed" | "closed" | "own-submission" | "rate-limited" | "not-found" | "stale-base",
    message: string,
  ) {
    super(message);
  }
}
