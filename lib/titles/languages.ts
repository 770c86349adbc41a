// The languages of alternative titles, as BCP 47 tags. Client-safe: the edit form names the
// language as it is typed, and the server checks the same way.

/** BCP 47's tag for a language nobody has determined, held by titles recorded before languages were. */
export const UNKNOWN_LANGUAGE = "und";

/** Tags the form suggests, the ones anime titles are most often in. */
export const COMMON_TITLE_LANGUAGES = [
  "ja",
  "ja-Latn",
  "en",
  "zh-Hans",
  "zh-Hant",
  "ko",
  "ko-Latn",
  "fr",
  "de",
  "es",
  "it",
  "pt-BR",
  "ru",
  UNKNOWN_LANGUAGE,
] as const;

const languages = new Intl.DisplayNames(["en"], { type: "language", languageDisplay: "standard", fallback: "none" });
const scripts = new Intl.DisplayNames(["en"], { type: "script", fallback: "none" });
const regions = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/**
 * The tag in its canonical form ("zh-hans" → "zh-Hans"), or null when it is not one: malformed
 * ("ja_JP"), or naming no language English has a name for ("jp", "english", which BCP 47's syntax
 * alone would take for a registered language).
 */
export function canonicalLanguageTag(typed: string): string | null {
  let tag: string | undefined;
  try {
    [tag] = Intl.getCanonicalLocales(typed.trim());
  } catch {
    return null;
  }
  if (!tag || tag === UNKNOWN_LANGUAGE) return tag ?? null;
  // Engines differ on whether "und-Latn" has a language "und" or none; neither is a language.
  const { language } = new Intl.Locale(tag);
  if (!language || language === UNKNOWN_LANGUAGE) return null;
  return /^[a-z]{2,3}$/.test(language) && languages.of(language) ? tag : null;
}

/**
 * A tag's English name, for headings and the form's hint: "Japanese", "Japanese (Latin script)",
 * "Chinese (Simplified)", "Chinese (Traditional, Taiwan)". A tag with other parts (variants,
 * extensions) reads as Intl names it; one that is no language reads as typed.
 */
export function languageTagName(tag: string): string {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) return tag;
  if (canonical === UNKNOWN_LANGUAGE) return "Unknown language";
  const { language, script, region } = new Intl.Locale(canonical);
  const languageName = languages.of(language) ?? language;
  if ([language, script, region].filter(Boolean).join("-") !== canonical) {
    return languages.of(canonical) ?? canonical;
  }
  const details = [script && scriptName(script), region && (regions.of(region) ?? region)].filter(Boolean);
  return details.length > 0 ? `${languageName} (${details.join(", ")})` : languageName;
}

/** Han's two forms read "Simplified" and "Traditional"; any other script says it is one ("Latin script"). */
function scriptName(script: string): string {
  const name = scripts.of(script) ?? script;
  return script === "Hans" || script === "Hant" ? name : `${name} script`;
}
