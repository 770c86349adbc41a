import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";

import { WikiText } from "@/components/wiki-text";
import { costlyConstructs } from "@/lib/wiki/work";

const render = (text: string) => renderToStaticMarkup(createElement(WikiText, { text, links: new Map() }));

describe("costlyConstructs", () => {
  it("leaves a description's ordinary use of every construct on", () => {
    const text = "Some *text*, a [link](/x) and [[film:akira]].\n\nHeading\n===\n\n".repeat(150);
    expect(costlyConstructs(text)).toEqual([]);
  });

  it("switches off a construct used past its limit", () => {
    expect(costlyConstructs("*a_ ".repeat(1_001))).toEqual(["attention"]);
    expect(costlyConstructs("[[a]]".repeat(501))).toEqual(["labelStartLink", "labelStartImage", "labelEnd"]);
    expect(costlyConstructs("a\n=\n".repeat(201))).toEqual(["setextUnderline"]);
  });

  it("renders the switched-off construct as its characters, and wiki links still link", () => {
    const html = render(`${"*a* ".repeat(1_001)}[x](/y) [[film:akira]]`);
    expect(html).toContain("*a* *a*");
    expect(html).toContain('<a href="/y">x</a>');
    expect(html).toContain('<span class="wiki-link-missing" title="No entry yet">akira</span>');
  });
});
