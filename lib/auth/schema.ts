import { z } from "zod";

export const USERNAME_PATTERN = /^[a-z0-9_-]{3,32}$/;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const ROLES = ["USER", "TRUSTED", "MODERATOR", "ADMIN"] as const;

/** The new password typed twice must be the same; the mismatch is shown beside the second. */
const passwordsMatch = (input: { password: string; passwordConfirmation: string }) =>
  input.password === input.passwordConfirmation;
const PASSWORDS_DIFFER = { path: ["passwordConfirmation"], message: "The two passwords do not match." };

/** Usernames compare after NFKC normalisation and lower-casing, so "Ｅｄｉｔｏｒ" is "editor". */
export function normalizeUsername(input: string): string {
  return input.normalize("NFKC").trim().toLowerCase();
}

export const UsernameSchema = z
  .string()
  .max(64, "Usernames are at most 32 characters long.")
  .transform(normalizeUsername)
  .pipe(
    z
      .string()
      .min(3, "Usernames are at least 3 characters long.")
      .max(32, "Usernames are at most 32 characters long.")
      .regex(USERNAME_PATTERN, "Use only letters a–z, digits, _ and - in a username."),
  );

const OptionalEmailSchema = z
  .string()
  .trim()
  .max(254, "Email addresses are at most 254 characters long.")
  .transform((email) => email.toLowerCase())
  .pipe(z.union([z.literal(""), z.email("Enter a valid email address, or leave it empty.")]))
  .transform((email) => (email === "" ? null : email));

export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Passwords are at least ${PASSWORD_MIN} characters long.`)
  .max(PASSWORD_MAX, `Passwords are at most ${PASSWORD_MAX} characters long.`);

export const RegisterSchema = z
  .strictObject({
    username: UsernameSchema,
    email: OptionalEmailSchema,
    password: PasswordSchema,
    passwordConfirmation: z.string().max(PASSWORD_MAX),
  })
  .refine(passwordsMatch, PASSWORDS_DIFFER);

export type RegisterInput = z.infer<typeof RegisterSchema>;

/** The account page's password form: the current password, and the new one twice, as registration asks. */
export const ChangePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
    password: PasswordSchema,
    passwordConfirmation: z.string().max(PASSWORD_MAX),
  })
  .refine(passwordsMatch, PASSWORDS_DIFFER);

export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

const HERE = "http://keyframe.invalid";

/**
 * Only a path on this site: anything that would resolve to another origin (an absolute or
 * protocol-relative URL, or characters browsers strip such as tabs and newlines) becomes "/".
 */
export const CallbackUrlSchema = z
  .string()
  .max(2000)
  .optional()
  .transform((url) => {
    if (!url || !url.startsWith("/") || url.startsWith("//") || /[\u0000-\u001f\u007f\\]/.test(url)) return "/";
    try {
      const resolved = new URL(url, HERE);
      const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
      // "/.//evil.example" resolves to the path "//evil.example", itself a protocol-relative URL.
      return resolved.origin === HERE && !path.startsWith("//") ? path : "/";
    } catch {
      return "/";
    }
  });

export const SignInSchema = z.strictObject({
  username: z.string().max(64, "Usernames are at most 32 characters long.").transform(normalizeUsername),
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX),
  callbackUrl: CallbackUrlSchema,
});

export type SignInInput = z.infer<typeof SignInSchema>;

export const RoleSchema = z.enum(ROLES, "Choose one of Member, Trusted editor, Moderator or Admin.");

export const ChangeRoleSchema = z.strictObject({
  username: UsernameSchema,
  role: RoleSchema,
});
