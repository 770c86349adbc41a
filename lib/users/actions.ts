"use server";

import { revalidatePath } from "next/cache";
import { AuthorizationError } from "@/lib/auth/policy";
import { ChangeRoleSchema } from "@/lib/auth/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { FieldError, failure, formFields, zodErrors, type FormState, SIGNED_OUT } from "@/lib/forms/form-state";
import { expireTags } from "@/lib/cache/expire";
import { setUserRole } from "./mutations";
import { renameSelf } from "./rename";
import { AccountDetailsSchema } from "./schema";

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

/** The account page's form: the signed-in person's own display name. */
export async function updateAccountDetails(_previous: FormState | null, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const fields = formFields(formData);
  if (!actor) return failure(fields, { formError: SIGNED_OUT });
  const parsed = AccountDetailsSchema.safeParse(fields);
  if (!parsed.success) return failure(fields, zodErrors(parsed.error));
  let renamed;
  try {
    renamed = await renameSelf(actor, parsed.data.displayName);
  } catch (error) {
    if (error instanceof FieldError) return failure(fields, { fieldErrors: { [error.field]: [error.message] } });
    throw error;
  }
  const { displayName, expired } = renamed;
  await expireTags(expired);
  revalidatePath("/account");
  return { ok: true, message: `Your display name is now ${displayName}.` };
}
