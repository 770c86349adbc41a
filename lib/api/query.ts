import { z } from "zod";
import { ApiError } from "./errors";

/** The query of an endpoint that takes none: any parameter at all is refused by name. */
export const NoQuerySchema = z.strictObject({});

/**
 * Parses a query string with a zod schema, which should be a `z.strictObject` so that a misspelt
 * parameter is refused rather than silently ignored. A parameter given twice is refused too: which
 * one would win is not something a client should have to guess.
 * Throws an ApiError (400) naming the first parameter at fault.
 */
export function parseQuery<Output>(searchParams: URLSearchParams, schema: z.ZodType<Output>): Output {
  const values: Record<string, string> = {};
  let repeated: string | undefined;
  for (const [name, value] of searchParams) {
    if (Object.hasOwn(values, name)) repeated ??= name;
    else values[name] = value;
  }
  const parsed = schema.safeParse(values);
  // An unknown parameter is the likelier mistake, so it is named even when it is also repeated.
  if (!parsed.success) throw queryError(parsed.error.issues[0]);
  if (repeated !== undefined) {
    throw new ApiError(400, "bad_request", `Query parameter "${repeated}" is given more than once.`, repeated);
  }
  return parsed.data;
}

function queryError(issue: z.core.$ZodIssue | undefined): ApiError {
  if (issue?.code === "unrecognized_keys") {
    const [name = ""] = issue.keys;
    return new ApiError(400, "bad_request", `Unknown query parameter "${name}".`, name);
  }
  const name = String(issue?.path[0] ?? "");
  const reason = (issue?.message ?? "it cannot be read").replace(/\.$/, "");
  return new ApiError(400, "bad_request", `Query parameter "${name}" is invalid: ${reason}.`, name);
}
