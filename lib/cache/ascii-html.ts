const NON_ASCII = /[^\x00-\x7f]/;
// Raw-text elements, where character references are not decoded and each language's own escapes
// are needed instead. React writes no other raw-text elements.
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)|[^\x00-\x7f]+/gi;
const NON_ASCII_ALL = /[^\x00-\x7f]+/g;

/** The hexadecimal code point of one character, as iterating a string yields them. */
const hex = (character: string) => character.codePointAt(0)!.toString(16);

function characterReferences(text: string) {
  let out = "";
  for (const character of text) out += `&#x${hex(character)};`;
  return out;
}

/** JavaScript and JSON both read `\uXXXX`, in strings and identifiers alike, one UTF-16 unit each. */
function scriptEscapes(text: string) {
  let out = "";
  for (let index = 0; index < text.length; index++) out += `\\u${text.charCodeAt(index).toString(16).padStart(4, "0")}`;
  return out;
}

/** CSS reads `\HEX ` (the space ends the escape) in strings and identifiers. */
function styleEscapes(text: string) {
  let out = "";
  for (const character of text) out += `\\${hex(character)} `;
  return out;
}

/**
 * The same document in ASCII alone: every other character is written as an escape the browser
 * reads back to it (a character reference in markup, `\uXXXX` in scripts, `\HEX ` in styles).
 *
 * Why: V8 keeps a string with any character beyond Latin-1 in two bytes per character, and Node
 * writes such a string to a socket several times slower than a one-byte one. A cached page is
 * written on every request, and one Japanese name makes the whole page two-byte. The result is
 * copied through Latin-1 so that V8 stores it one byte per character.
 */
export function toAsciiHtml(html: string): string {
  if (!NON_ASCII.test(html)) return html;
  const ascii = html.replace(
    RAW_TEXT,
    (match: string, open: string, element: string | undefined, body: string, close: string) => {
      if (!element) return characterReferences(match);
      if (!NON_ASCII.test(body)) return match;
      const escapes = element.toLowerCase() === "script" ? scriptEscapes : styleEscapes;
      return open + body.replace(NON_ASCII_ALL, escapes) + close;
    },
  );
  return Buffer.from(ascii, "latin1").toString("latin1");
}
