import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

// zxcvbn-ts's list of about 49,000 passwords seen most often in breaches.
const COMMON = new Set((dictionary["passwords-common"] as string[]).map((password) => password.toLowerCase()));

/** Checked in the form the password is hashed in, so full-width look-alikes count as common too. */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.normalize("NFKC").toLowerCase());
}
