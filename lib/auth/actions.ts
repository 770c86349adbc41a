"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { FieldError, failure, formFields, zodErrors, type FormState } from "@/lib/forms/form-state";
import { authenticate, clientAddressOf } from "./authenticate";
import { registerUser } from "./mutations";
import { CallbackUrlSchema, RegisterSchema, SignInSchema } from "./schema";
import { endSession, startSession } from "./session";
import { normalizeDisplayName } from "@/lib/users/schema";

const PASSWORDS = ["password", "passwordConfirmation"] as const;

export async function register(_previous: FormState | null, formData: FormData): Promise<FormState> {
  const { callbackUrl, ...fields } = formFields(formData);
  const parsed = RegisterSchema.safeParse(fields);
  if (!parsed.success) return failure(fields, zodErrors(parsed.error), PASSWORDS);
  let user;
  try {
    user = await registerUser(parsed.data, normalizeDisplayName(fields.username ?? ""));
  } catch (error) {
    if (error instanceof FieldError)
      return failure(fields, { fieldErrors: { [error.field]: [error.message] } }, PASSWORDS);
    throw error;
  }
  await startSession(user);
  redirect(CallbackUrlSchema.parse(callbackUrl));
}

export async function signIn(_previous: FormState | null, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const parsed = SignInSchema.safeParse(fields);
  if (!parsed.success) return failure(fields, zodErrors(parsed.error), ["password"]);
  const result = await authenticate({
    username: parsed.data.username,
    password: parsed.data.password,
    clientAddress: clientAddressOf(await headers()),
  });
  if (!result.ok) return failure(fields, { formError: result.message }, ["password"]);
  await startSession(result.user);
  redirect(parsed.data.callbackUrl);
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/");
}
