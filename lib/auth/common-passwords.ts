import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

// zxcvbn-ts's list of about 49,000 passwords seen most often in breaches.
const COMMON = new Set((dictionary["passwords-common"] as string[]).map((password) => password.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
