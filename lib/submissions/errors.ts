/** A submission could not go ahead for a reason the person can act on; the message says which. */
export class SubmissionError extends Error {
  constructor(
    public readonly code:
      "nothing-changed" | "closed" | "own-submission" | "rate-limited" | "not-found" | "stale-base" | "invalid",
    message: string,
  ) {
    super(message);
  }
}

/** Values the schema accepted but the database refutes (an unknown person), as messages per input. */
export class SectionFieldErrors extends SubmissionError {
  constructor(public readonly fieldErrors: Record<string, string[]>) {
    super("invalid", "Some rows need correcting; see the messages beside them.");
  }
}
