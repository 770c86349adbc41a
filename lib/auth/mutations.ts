import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { FieldError } from "@/lib/forms/form-state";
import { isCommonPassword } from "./common-passwords";
import { hashPassword } from "./password";
import type { RegisterInput } from "./schema";

/** Creates an account; a taken username or email, or a common password, is a FieldError. */
export async function registerUser(input: RegisterInput, displayName: string) {
  if (isCommonPassword(input.password)) {
    throw new FieldError("password", "That password is one of the most common ones. Choose a less guessable one.");
  }
  const taken = await db.user.findFirst({
    where: { OR: [{ username: input.username }, ...(input.email ? [{ email: input.email }] : [])] },
    select: { username: true },
  });
  if (taken) throw takenError(taken.username === input.username ? "username" : "email");
  try {
    return await db.user.create({
      data: {
        username: input.username,
        displayName,
        email: input.email,
        passwordHash: await hashPassword(input.password),
      },
      select: { id: true, username: true, sessionVersion: true },
    });
  } catch (error) {
    // Someone registered the same name between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
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
