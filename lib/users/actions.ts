"use server";

import { revalidatePath } from "next/cache";
import { AuthorizationError } from "@/lib/auth/policy";
import { ChangeRoleSchema } from "@/lib/auth/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { FieldError, failure, formFields, zodErrors, type FormState } from "@/lib/forms/form-state";
import { setUserRole } from "./mutations";

export async function changeUserRole(_previous: FormState | null, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const fields = formFields(formData);
  const parsed = ChangeRoleSchema.safeParse(fields);
  if (!parsed.success) return failure(fields, zodErrors(parsed.error));
  try {
    const user = await setUserRole(actor, parsed.data.username, parsed.data.role);
    revalidatePath("/admin/users");
    return { ok: true, message: `${user.username} is now ${user.role}.` };
  } catch (error) {
    if (error instanceof FieldError) return failure(fields, { fieldErrors: { [error.field]: [error.message] } });
    if (error instanceof AuthorizationError) return failure(fields, { formError: error.message });
    throw error;
  }
}
