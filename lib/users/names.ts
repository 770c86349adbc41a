/**
 * Names people could mistake for one another. A name's key is what remains once the differences a
 * reader cannot see or would not notice are gone: compatibility forms (NFKC: full-width letters),
 * letter case (with case folding's expansions: "ß" is "ss"), invisible and formatting characters
 * (a byte-order mark, zero-width spaces, bidirectional controls), and spaces, dashes, underscores
 * and dots. "Ａｄｍｉｎ", "\uFEFFadmin" and "a_d.m-i n" all have the key "admin".
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]/gu;
const SEPARATORS = /[\p{Z}\s\p{Pc}\p{Pd}.]/gu;

export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .toUpperCase()
    .toLowerCase()
    .normalize("NFKC")
    .replace(SEPARATORS, "");
}

/** Names that would pass for the site or its staff, refused to everyone (accounts already holding them keep them). */
const RESERVED = new Set(
  [
    "admin",
    "administrator",
    "admins",
    "moderator",
    "moderators",
    "mod",
    "mods",
    "staff",
    "keyframe",
    "system",
    "root",
    "support",
    "help",
    "official",
    "owner",
    "superuser",
    "sysadmin",
    "webmaster",
    "security",
    "team",
    "anonymous",
    "deleted",
    "nobody",
  ].map(nameKey),
);

export function isReservedKey(key: string): boolean {
  return RESERVED.has(key);
}

/** A user's keys: their username's and their display name's, once each; a name of separators alone has none. */
export function nameKeysOf(username: string, displayName: string): string[] {
  return [...new Set([nameKey(username), nameKey(displayName)])].filter(Boolean);
}
