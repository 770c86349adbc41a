import { describe, expect, it } from "vitest";
import { checkHtml, formatHtmlErrors, parseNuReport } from "../../e2e/support/html-checker";

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test</title></head><body>${body}</body></html>`;

describe("the HTML check", () => {
  it("reports each invalid page's errors under its address, and nothing for a valid page", async () => {
    const errors = await checkHtml([
      { url: "/valid", html: page("<main><p>Fine.</p></main>") },
      { url: "/sign-in", html: page('<form action=""><p>Sign in</p></form>') },
      { url: "/stray", html: page("<p>Text</div>") },
    ]);
    expect(errors.map(({ url, message }) => ({ url, message }))).toEqual([
      { url: "/sign-in", message: "Bad value “” for attribute “action” on element “form”: Must be non-empty." },
      { url: "/stray", message: "Stray end tag “div”." },
    ]);
    expect(errors[0]).toMatchObject({ line: 1, column: expect.any(Number) });
  }, 60_000);

  it("counts a file the checker could not read as an error, and leaves out warnings", () => {
    const report = JSON.stringify({
      messages: [
        { type: "info", subType: "warning", url: "file:/tmp/page-0.html", message: "Consider a lang attribute." },
        { type: "non-document-error", subType: "io", url: "file:/tmp/page-1.html", message: "File not found." },
      ],
    });
    expect(parseNuReport(report, (file) => (file.endsWith("page-1.html") ? "/films" : file))).toEqual([
      { url: "/films", line: undefined, column: undefined, message: "File not found.", extract: undefined },
    ]);
  });

  it("prints the address, line, column, message and extract of each error", () => {
    expect(
      formatHtmlErrors([
        { url: "/sign-in", line: 3, column: 14, message: "Stray end tag “div”.", extract: "<p>hi</div>\n" },
        { url: "/films", message: "File not found." },
      ]),
    ).toBe("/sign-in:3:14 Stray end tag “div”.\n    <p>hi</div>\n/films File not found.");
  });
});
