/** The `code` of an error body; clients switch on it, so the set only ever grows. */
export type ApiErrorCode = "bad_request" | "not_found" | "method_not_allowed" | "internal_error";

/** A request the API refuses for a reason the client can act on; becomes a JSON error response. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 500,
    readonly code: ApiErrorCode,
    message: string,
    /** The query parameter at fault, for `bad_request`. */
    readonly parameter?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The value, or a 404 with the message when there is none: what a `load` returns for an unknown slug. */
export function orNotFound<T>(value: T | null, message: string): T {
  if (value === null) throw new ApiError(404, "not_found", message);
  return value;
}
