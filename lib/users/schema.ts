import { z } from "zod";

export const DISPLAY_NAME_MAX = 64;

/** A display name as it is stored, however it arrives: typed, taken from a username or from OAuth. */
export function normalizeDisplayName(name: string): string {
  return name.normalize("NFKC").trim();
}

/** The name other people see on profiles, lists and Top Editors; the username stays as it is. */
export const DisplayNameSchema = z
  .string()
  .transform(normalizeDisplayName)
  .pipe(
    z
      .string()
      .min(1, "Give a display name.")
      .max(DISPLAY_NAME_MAX, `Display names are at most ${DISPLAY_NAME_MAX} characters long.`)
      .regex(/^[^\p{Cc}\p{Cf}]*$/u, "Display names cannot hold control or formatting characters."),
  );

export const AccountDetailsSchema = z.strictObject({ displayName: DisplayNameSchema });
