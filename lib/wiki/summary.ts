import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { parseWikiLinks, wikiLinkKey, type ResolvedWikiLinks } from "./links";
import { renderableWikiText } from "./nesting";

/** What search engines and link previews show of a description; longer ones get cut. */
export const SUMMARY_MAX = 160;

// A summary needs only the opening paragraphs; parsing no more than this keeps it cheap on any text.
const OPENING_MAX = 2_000;

/**
 * A wiki text's opening as plain text of at most `max` characters, cut at a word with "…": Markdown
 * marks gone, wiki links read as their label or the linked entry's title.
 */
export function plainSummary(text: string, links: ResolvedWikiLinks, max = SUMMARY_MAX): string {
  const opening = withLinkLabels(text.slice(0, OPENING_MAX), links);
  const markdown = renderableWikiText(opening);
  const prose =
    markdown === null
      ? opening
      : fromMarkdown(markdown)
          .children.filter((node) => node.type === "paragraph" || node.type === "heading")
          .map((node) => toString(node))
          .join(" ");
  return shortened(prose, max);
}

function withLinkLabels(text: string, links: ResolvedWikiLinks): string {
  let plain = text;
  for (const link of parseWikiLinks(text).reverse()) {
    const label = link.label ?? links.get(wikiLinkKey(link.target))?.title ?? link.raw.slice(2, -2);
    plain = plain.slice(0, link.index) + label + plain.slice(link.index + link.raw.length);
  }
  return plain;
}

/** An entry's one-line summary: its deck, else the opening of its wiki text; undefined when both are empty. */
export function entrySummary(deck: string, text: string, links: ResolvedWikiLinks): string | undefined {
  return (deck.trim() ? shortened(deck) : plainSummary(text, links)) || undefined;
}

/** Plain text on one line, of at most `max` characters. */
export function shortened(text: string, max = SUMMARY_MAX): string {
  return truncate(text.replace(/\s+/g, " ").trim(), max);
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
