import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { WikiText } from "@/components/wiki-text";
import type { ResolvedWikiLinks } from "@/lib/wiki/links";

const links: ResolvedWikiLinks = new Map([
  ["film:akira", { href: "/films/akira", title: "Akira" }],
  ["person:katsuhiro-otomo", { href: "/people/katsuhiro-otomo", title: "Katsuhiro Otomo" }],
]);

function render(text: string, className?: string): string {
  return renderToStaticMarkup(<WikiText text={text} links={links} className={className} />);
}

const MISSING = '<span class="wiki-link-missing" title="No entry yet">';

describe("WikiText", () => {
  describe("Markdown", () => {
    it("renders paragraphs and emphasis", () => {
      expect(render("First *one*.\n\nSecond **two**.")).toBe(
        "<div><p>First <em>one</em>.</p>\n<p>Second <strong>two</strong>.</p></div>",
      );
    });

    it("renders lists", () => {
      expect(render("- Akira\n- Memories")).toBe("<div><ul>\n<li>Akira</li>\n<li>Memories</li>\n</ul></div>");
      expect(render("1. One\n2. Two")).toContain("<ol>\n<li>One</li>\n<li>Two</li>\n</ol>");
    });

    it("shifts headings two levels down so they nest under the page's h2", () => {
      const html = render("# Production\n\n## Music\n\n### Score\n\n#### Cues");
      expect(html).toContain("<h3>Production</h3>");
      expect(html).toContain("<h4>Music</h4>");
      expect(html).toContain("<h5>Score</h5>");
      expect(html).toContain("<h6>Cues</h6>");
      expect(html).not.toMatch(/<h[12]/);
    });

    it("renders ordinary links", () => {
      expect(render("[Site](https://example.com) and [page](/films/akira)")).toBe(
        '<div><p><a href="https://example.com">Site</a> and <a href="/films/akira">page</a></p></div>',
      );
    });

    it("passes className to the wrapper", () => {
      expect(render("Text", "prose")).toBe('<div class="prose"><p>Text</p></div>');
    });
  });

  describe("safety", () => {
    it("escapes a raw <script> block", () => {
      const html = render("<script>alert(1)</script>");
      expect(html).not.toContain("<script");
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    });

    it("escapes inline raw HTML", () => {
      const html = render('Some <b>bold</b> and <img src="x" onerror="alert(1)">.');
      expect(html).not.toContain("<b>");
      expect(html).not.toContain("<img");
      expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
    });

    it.each([
      "[click](javascript:alert(1))",
      "[click](JAVASCRIPT:alert(1))",
      "[click](&#106;avascript:alert(1))",
      "[click](<java\tscript:alert(1)>)",
      "[click](data:text/html,hi)",
      "[click][x]\n\n[x]: javascript:alert(1)",
    ])("drops the href of %j", (markdown) => {
      const html = render(markdown);
      expect(html).not.toMatch(/script:|data:/i);
      expect(html).not.toContain("href");
    });

    it("keeps an unsafe autolink as plain text", () => {
      expect(render("<javascript:alert(1)>")).toBe("<div><p><a>javascript:alert(1)</a></p></div>");
    });

    it("drops the src of an unsafe image", () => {
      const html = render("![pic](javascript:alert(1))");
      expect(html).toBe('<div><p><img alt="pic"/></p></div>');
    });

    it("keeps mailto links", () => {
      expect(render("[mail](mailto:editor@example.com)")).toContain('<a href="mailto:editor@example.com">mail</a>');
    });
  });

  describe("the nesting bound", () => {
    it("nests lists and quotes 8 deep, and shows deeper markers as text", () => {
      const html = render(">".repeat(12));
      expect(html.match(/<blockquote>/g)).toHaveLength(8);
      expect(html).toContain("<p>&gt;&gt;&gt;&gt;</p>");
      expect(render(`${"- ".repeat(10)}x`).match(/<li>/g)).toHaveLength(8);
    });

    it("shows a text as written when a line could still nest past any bound", () => {
      const text = `Intro\n\n${" ".repeat(200)}- x`;
      expect(render(text)).toBe(`<div><p class="break-words whitespace-pre-wrap">${text}</p></div>`);
    });
  });

  describe("wiki links", () => {
    it("links a resolved target with the entry title as label", () => {
      expect(render("See [[film:akira]].")).toBe('<div><p>See <a href="/films/akira">Akira</a>.</p></div>');
    });

    it("links a resolved target with the written label", () => {
      expect(render("By [[person:katsuhiro-otomo|Otomo]].")).toBe(
        '<div><p>By <a href="/people/katsuhiro-otomo">Otomo</a>.</p></div>',
      );
    });

    it("resolves a bare title link through its slug", () => {
      const html = renderToStaticMarkup(
        <WikiText
          text="[[Robot Carnival]]"
          links={new Map([["film:robot-carnival", { href: "/films/rc", title: "RC" }]])}
        />,
      );
      expect(html).toBe('<div><p><a href="/films/rc">Robot Carnival</a></p></div>');
    });

    it("marks missing targets", () => {
      expect(render("[[film:robot-carnival|Robot Carnival]], [[Memories]], [[character:kaneda]]")).toBe(
        `<div><p>${MISSING}Robot Carnival</span>, ${MISSING}Memories</span>, ${MISSING}kaneda</span></p></div>`,
      );
    });

    it("escapes labels", () => {
      expect(render("[[film:akira|R&D <3 Akira]]")).toBe(
        '<div><p><a href="/films/akira">R&amp;D &lt;3 Akira</a></p></div>',
      );
      expect(render("[[film:x|R&D <3 X]]")).toContain(`${MISSING}R&amp;D &lt;3 X</span>`);
    });

    it("leaves a link literal, and escaped, when its label contains markup", () => {
      expect(render("[[film:akira|<b>Akira</b>]] [[film:akira|*Akira*]]")).toBe(
        "<div><p>[[film:akira|&lt;b&gt;Akira&lt;/b&gt;]] [[film:akira|<em>Akira</em>]]</p></div>",
      );
    });

    it("works inside emphasis, list items and headings", () => {
      const html = render("*[[film:akira]]*\n\n- [[film:akira]]\n\n# About [[film:akira]]");
      expect(html).toContain('<em><a href="/films/akira">Akira</a></em>');
      expect(html).toContain('<li><a href="/films/akira">Akira</a></li>');
      expect(html).toContain('<h3>About <a href="/films/akira">Akira</a></h3>');
    });

    it("keeps wiki syntax literal in inline code and code blocks", () => {
      expect(render("Write `[[film:akira]]`.")).toBe("<div><p>Write <code>[[film:akira]]</code>.</p></div>");
      expect(render("```\n[[film:akira]]\n```")).toBe("<div><pre><code>[[film:akira]]\n</code></pre></div>");
    });

    it("does not nest a wiki link inside an ordinary link", () => {
      expect(render("[see [[film:akira]]](/elsewhere)")).toBe(
        '<div><p><a href="/elsewhere">see [[film:akira]]</a></p></div>',
      );
    });

    it("leaves malformed wiki links as literal text", () => {
      expect(render("[[company:ghibli]] [[film:]] [[film:akira [1]]]")).toBe(
        "<div><p>[[company:ghibli]] [[film:]] [[film:akira [1]]]</p></div>",
      );
    });
  });
});
