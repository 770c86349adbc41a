"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { FieldError, failure, formFields, SIGNED_OUT, zodErrors, type FormState } from "@/lib/forms/form-state";
import { RateLimitedError } from "@/lib/rate-limit";
import { normalizeDisplayName } from "@/lib/users/schema";
import { clientAddressOf } from "@/lib/http/client-address";
import { authenticate } from "./authenticate";
import { changePassword } from "./change-password";
import { isKnownDevice, rememberDevice } from "./known-device";
import { registerUser } from "./mutations";
import { CallbackUrlSchema, ChangePasswordSchema, RegisterSchema, SignInSchema } from "./schema";
import { endSession, getCurrentUser, startSession } from "./session";

const PASSWORDS = ["password", "passwordConfirmation"] as const;

/** A refusal the person can act on, beside its field or above the form; anything else is a bug. */
function refusal(error: unknown, fields: Record<string, string>, omit: readonly string[]): FormState {
  if (error instanceof FieldError) return failure(fields, { fieldErrors: { [error.field]: [error.message] } }, omit);
  if (error instanceof RateLimitedError) return failure(fields, { formError: error.message }, omit);
  throw error;
}

export async function register(_previous: FormState | null, formData: FormData): Promise<FormState> {
  const { callbackUrl, ...fields } = formFields(formData);
  const parsed = RegisterSchema.safeParse(fields);
  if (!parsed.success) return failure(fields, zodErrors(parsed.error), PASSWORDS);
  let user;
  try {
    const displayName = normalizeDisplayName(fields.username ?? "");
    user = await registerUser(parsed.data, displayName, clientAddressOf(await headers()));
  } catch (error) {
    return refusal(error, fields, PASSWORDS);
  }
  await startSession(user.id);
  await rememberDevice(user.username);
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
    knownDevice: await isKnownDevice(parsed.data.username),
  });
  if (!result.ok) return failure(fields, { formError: result.message }, ["password"]);
  await startSession(result.user.id);
  await rememberDevice(result.user.username);
  redirect(parsed.data.callbackUrl);
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/");
}

const PASSWORD_FIELDS = ["currentPassword", ...PASSWORDS] as const;

/** The account page's password form: other sessions end, this one stays. */
export async function changeOwnPassword(_previous: FormState | null, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const fields = formFields(formData);
  if (!actor) return failure(fields, { formError: SIGNED_OUT }, PASSWORD_FIELDS);
  const parsed = ChangePasswordSchema.safeParse(fields);
  if (!parsed.success) return failure(fields, zodErrors(parsed.error), PASSWORD_FIELDS);
  try {
    await changePassword(actor, actor.sessionId, parsed.data);
  } catch (error) {
    return refusal(error, fields, PASSWORD_FIELDS);
  }
  return { ok: true, message: "Your password is changed. Your other sessions are signed out." };
}
