import type { Link, Parent, Root, RootContent, Text } from "mdast";

import { parseWikiLinks, wikiLinkKey, type ResolvedWikiLinks, type WikiLink } from "@/lib/wiki/links";

export type RemarkWikiLinksOptions = { links: ResolvedWikiLinks };

/**
 * Turns `[[…]]` in Markdown text into links (resolved targets) or marked-up spans (missing ones).
 * Only text nodes are rewritten, so code spans and code blocks keep the syntax literally. The walk keeps
 * its own stack of parents rather than recursing, so no tree is too deep for it.
 */
export function remarkWikiLinks({ links }: RemarkWikiLinksOptions) {
  return (tree: Root): void => {
    const parents: Parent[] = [tree];
    for (let parent = parents.pop(); parent; parent = parents.pop()) {
      parent.children = parent.children.flatMap((child): RootContent[] => {
        if (child.type === "text") return splitText(child.value, links);
        // An <a> may not contain another <a>, so wiki syntax inside link text stays literal.
        if (child.type === "link" || child.type === "linkReference") return [child];
        if ("children" in child) parents.push(child);
        return [child];
      });
    }
  };
}

function splitText(value: string, links: ResolvedWikiLinks): Array<Text | Link> {
  const nodes: Array<Text | Link> = [];
  let offset = 0;
  for (const link of parseWikiLinks(value)) {
    if (link.index > offset) nodes.push(text(value.slice(offset, link.index)));
    nodes.push(wikiLinkNode(link, links));
    offset = link.index + link.raw.length;
  }
  if (offset < value.length) nodes.push(text(value.slice(offset)));
  return nodes;
}

function wikiLinkNode({ target, label }: WikiLink, links: ResolvedWikiLinks): Text | Link {
  const resolved = links.get(wikiLinkKey(target));
  if (resolved) return { type: "link", url: resolved.href, children: [text(label ?? resolved.title)] };
  return {
    type: "text",
    value: label ?? target.slug,
    data: { hName: "span", hProperties: { className: ["wiki-link-missing"], title: "No entry yet" } },
  };
}

function text(value: string): Text {
  return { type: "text", value };
}
