/**
 * A page's route params as the address spelled them. Next hands App Router pages a segment with
 * characters outside ASCII still percent-encoded (route handlers get it decoded), so an entry whose
 * slug is Japanese, as `slugify` makes for a title with no Latin letters, would be looked up as
 * `%E8%A8%98…` and not found. A malformed escape is left as it came: it names no entry, and the
 * lookup says so.
 */
export async function decodedParams<Params extends Record<string, string>>(params: Promise<Params>): Promise<Params> {
  const entries = Object.entries(await params).map(([name, value]) => [name, decodeSegment(value)]);
  return Object.fromEntries(entries) as Params;
}

function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
