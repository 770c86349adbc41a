import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { slugify } from "@/lib/format/slug";
import { FieldError } from "@/lib/forms/form-state";
import type { NewCreditRole } from "./schema";

/** Adds a role to the vocabulary credits choose from; names differing only in case are one role. */
export async function addCreditRole(actor: Actor | null, input: NewCreditRole) {
  requirePermission(actor, "credit-role:create");
  const slug = slugify(input.name);
  const existing = await db.creditRole.findFirst({
    where: { OR: [{ slug }, { name: { equals: input.name, mode: "insensitive" } }] },
    select: { name: true },
  });
  if (existing) throw new FieldError("name", `The role “${existing.name}” already exists.`);
  const last = await db.creditRole.aggregate({ _max: { position: true } });
  return db.creditRole.create({
    data: { name: input.name, slug, position: (last._max.position ?? 0) + 1 },
    select: { name: true },
  });
}
