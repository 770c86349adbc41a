import type { SimilarEntry } from "./entry-schema";

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

/** A proposed entry looks like one Keyframe already has; the author confirms it is new, or uses that one. */
export class SimilarEntriesError extends SubmissionError {
  constructor(
    public readonly similar: SimilarEntry[],
    noun: string,
  ) {
    super("invalid", `Keyframe may already have this ${noun}. Check the entries below before going on.`);
  }
}
