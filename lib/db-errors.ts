import { Prisma } from "@/lib/generated/prisma/client";

/** Whether a write failed on a unique index: another transaction took the same key first. */
export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
