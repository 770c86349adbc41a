"use server";

import { revalidatePath } from "next/cache";
import { AuthorizationError } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { FieldError, failure, formFields, zodErrors, type FormState, SIGNED_OUT } from "@/lib/forms/form-state";
import { addCreditRole } from "./mutations";
import { NewCreditRoleSchema } from "./schema";

export async function addRole(_previous: FormState | null, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const actor = await getCurrentUser();
  if (!actor) return failure(fields, { formError: SIGNED_OUT });
  const parsed = NewCreditRoleSchema.safeParse(fields);
  if (!parsed.success) return failure(fields, zodErrors(parsed.error));
  try {
    const role = await addCreditRole(actor, parsed.data);
    revalidatePath("/moderation/roles");
    return { ok: true, message: `Added the role “${role.name}”. Credits can use it now.` };
  } catch (error) {
    if (error instanceof FieldError) return failure(fields, { fieldErrors: { [error.field]: [error.message] } });
    if (error instanceof AuthorizationError) return failure(fields, { formError: error.message });
    throw error;
  }
}
