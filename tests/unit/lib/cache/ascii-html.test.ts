import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { toAsciiHtml } from "@/lib/cache/ascii-html";

/** V8's serializer tags a string by how it is stored: `"` for one byte per character, `c` for two. */
function storedInOneByte(text: string): boolean {
  const tag = serialize(text).find((byte, index) => index > 1 && byte !== 0);
  return tag === '"'.charCodeAt(0);
}

/** What a browser reads back from the escapes, to compare with the original. */
function decodeMarkup(html: string): string {
  return html.replace(/&#x([0-9a-f]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

describe("toAsciiHtml", () => {
  it("leaves an ASCII page as it is", () => {
    const html = '<p class="x">Memories (1995) &amp; more</p>';
    expect(toAsciiHtml(html)).toBe(html);
  });

  it("writes characters in markup and attributes as character references", () => {
    const html = '<h1 title="メモリーズ">Memories — メモリーズ 🎬</h1>';
    const ascii = toAsciiHtml(html);
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect(ascii).toBe(
      '<h1 title="&#x30e1;&#x30e2;&#x30ea;&#x30fc;&#x30ba;">Memories &#x2014; &#x30e1;&#x30e2;&#x30ea;&#x30fc;&#x30ba; &#x1f3ac;</h1>',
    );
    expect(decodeMarkup(ascii)).toBe(html);
  });

  it("writes characters in scripts as \\u escapes that JavaScript and JSON read back", () => {
    const data = { name: "今敏", note: "🎬 — ok" };
    const html = `<script type="application/ld+json">${JSON.stringify(data)}</script><script>self.x=${JSON.stringify("大友克洋")}</script>`;
    const ascii = toAsciiHtml(html);
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    const [json, script] = [...ascii.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect(JSON.parse(json!)).toEqual(data);
    expect(script).toBe('self.x="\\u5927\\u53cb\\u514b\\u6d0b"');
  });

  it("writes characters in styles as CSS escapes", () => {
    expect(toAsciiHtml('<style>.a::before{content:"→"}</style><p>→</p>')).toBe(
      '<style>.a::before{content:"\\2192 "}</style><p>&#x2192;</p>',
    );
  });

  it("does not treat an element whose name only starts like script as a script", () => {
    expect(toAsciiHtml("<scripted>é</scripted>")).toBe("<scripted>&#xe9;</scripted>");
  });

  it("stores the result one byte per character, which is what makes writing it cheap", () => {
    const html = "<p>今</p>".repeat(1000);
    expect(storedInOneByte(html)).toBe(false);
    expect(storedInOneByte(toAsciiHtml(html))).toBe(true);
  });
});
