import { z } from "zod";

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const ConfigSchema = z.object({
  SIGN_IN_LIMIT_PER_ACCOUNT_AND_ADDRESS: positive(10),
  SIGN_IN_LIMIT_PER_ADDRESS: positive(30),
  SIGN_IN_WINDOW_MINUTES: positive(15),
  // Slower, and never applied to a browser that has signed in to the account before.
  SIGN_IN_LIMIT_PER_ACCOUNT: positive(50),
  SIGN_IN_ACCOUNT_WINDOW_MINUTES: positive(60),
  REGISTRATIONS_PER_ADDRESS_PER_HOUR: positive(5),
  SUBMISSIONS_PER_HOUR: positive(30),
  LISTS_PER_USER: positive(100),
  ITEMS_PER_LIST: positive(1000),
  // Bounded: a page is one query of this many rows.
  BROWSE_PAGE_SIZE: z.coerce.number().int().min(1).max(200).default(50),
  LIST_PAGE_SIZE: z.coerce.number().int().min(1).max(200).default(100),
});

let cached: z.infer<typeof ConfigSchema> | undefined;

/** Tunable limits, from the environment with documented defaults (see README). */
export function config() {
  cached ??= ConfigSchema.parse({
    SIGN_IN_LIMIT_PER_ACCOUNT_AND_ADDRESS: process.env.SIGN_IN_LIMIT_PER_ACCOUNT_AND_ADDRESS || undefined,
    SIGN_IN_LIMIT_PER_ADDRESS: process.env.SIGN_IN_LIMIT_PER_ADDRESS || undefined,
    SIGN_IN_WINDOW_MINUTES: process.env.SIGN_IN_WINDOW_MINUTES || undefined,
    SIGN_IN_LIMIT_PER_ACCOUNT: process.env.SIGN_IN_LIMIT_PER_ACCOUNT || undefined,
    SIGN_IN_ACCOUNT_WINDOW_MINUTES: process.env.SIGN_IN_ACCOUNT_WINDOW_MINUTES || undefined,
    REGISTRATIONS_PER_ADDRESS_PER_HOUR: process.env.REGISTRATIONS_PER_ADDRESS_PER_HOUR || undefined,
    SUBMISSIONS_PER_HOUR: process.env.SUBMISSIONS_PER_HOUR || undefined,
    LISTS_PER_USER: process.env.LISTS_PER_USER || undefined,
    ITEMS_PER_LIST: process.env.ITEMS_PER_LIST || undefined,
    BROWSE_PAGE_SIZE: process.env.BROWSE_PAGE_SIZE || undefined,
    LIST_PAGE_SIZE: process.env.LIST_PAGE_SIZE || undefined,
  });
  return cached;
}
