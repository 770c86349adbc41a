import "server-only";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { FieldError } from "@/lib/forms/form-state";
import { RateLimitedError, reserveAttempt } from "@/lib/rate-limit";
import { heldByOthers, holdNameKeys, NAME_RESERVED, NAME_TAKEN } from "@/lib/users/name-keys";
import { isReservedKey, nameKeysOf } from "@/lib/users/names";
import { isCommonPassword } from "./common-passwords";
import { hashPassword } from "./password";
import type { RegisterInput } from "./schema";

export const COMMON_PASSWORD = "That password is one of the most common ones. Choose a less guessable one.";

/**
 * Creates an account; a taken or look-alike username or email, or a common password, is a
 * FieldError. Accounts per client address are limited (RateLimitedError), counted only once the
 * input is valid and checked before the expensive password hash.
 */
export async function registerUser(input: RegisterInput, displayName: string, clientAddress: string) {
  if (isCommonPassword(input.password)) throw new FieldError("password", COMMON_PASSWORD);
  const taken = await db.user.findFirst({
    where: { OR: [{ username: input.username }, ...(input.email ? [{ email: input.email }] : [])] },
    select: { username: true },
  });
  if (taken) throw takenError(taken.username === input.username ? "username" : "email");
  const keys = nameKeysOf(input.username, displayName);
  if (keys.some(isReservedKey)) throw new FieldError("username", NAME_RESERVED);
  if (await heldByOthers(keys)) throw new FieldError("username", NAME_TAKEN);

  const attempt = await reserveAttempt([
    {
      key: `register:address:${clientAddress}`,
      limit: config().REGISTRATIONS_PER_ADDRESS_PER_HOUR,
      windowMs: 60 * 60_000,
    },
  ]);
  if (attempt.limited) throw new RateLimitedError("Too many accounts were created from your network.", attempt.retryAt);
  try {
    return await createUser(input, displayName, keys);
  } catch (error) {
    // Nothing was created: the attempt does not count.
    await attempt.release();
    throw error;
  }
}

async function createUser(input: RegisterInput, displayName: string, keys: string[]) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { username: input.username, displayName, email: input.email, passwordHash },
        select: { id: true, username: true },
      });
      if ((await holdNameKeys(tx, user.id, keys)).length > 0) throw new FieldError("username", NAME_TAKEN);
      return user;
    });
  } catch (error) {
    // Someone registered the same name between the check and the insert.
    if (isUniqueViolation(error)) {
      const target = JSON.stringify(error.meta ?? {});
      throw takenError(target.includes("email") ? "email" : "username");
    }
    throw error;
  }
}

function takenError(field: "username" | "email"): FieldError {
  return field === "username"
    ? new FieldError("username", "That username is taken. Choose another one.")
    : new FieldError("email", "An account already uses that email address.");
}
