import type { ComponentPropsWithoutRef } from "react";
import Markdown, { type Components } from "react-markdown";

import type { ResolvedWikiLinks } from "@/lib/wiki/links";
import { renderableWikiText } from "@/lib/wiki/nesting";
import { remarkWikiLinks } from "@/lib/wiki/remark-wiki-links";
import { safeUrl } from "@/lib/wiki/safe-url";
import { costlyConstructs, remarkDisableConstructs } from "@/lib/wiki/work";

export type WikiTextProps = {
  text: string;
  links: ResolvedWikiLinks;
  className?: string;
};

type HeadingProps = ComponentPropsWithoutRef<"h1"> & { node?: unknown };

// react-markdown passes its hast `node`; it must not reach the DOM as an attribute.
function headingAs(Tag: "h3" | "h4" | "h5" | "h6") {
  return function Heading({ node, ...props }: HeadingProps) {
    void node;
    return <Tag {...props} />;
  };
}

// Descriptions sit under the page's own h2 sections, so their headings start two levels down.
const components: Components = {
  h1: headingAs("h3"),
  h2: headingAs("h4"),
  h3: headingAs("h5"),
  h4: headingAs("h6"),
  h5: headingAs("h6"),
  h6: headingAs("h6"),
};

/**
 * Renders a wiki description. Raw HTML stays escaped text (react-markdown's default, deliberately kept:
 * no rehype-raw) and URLs go through `safeUrl`. Lists and quotes nested past the bound read as text, as
 * do constructs used so often that micromark would be slow on them, so no stored text, however it got
 * there, costs more than milliseconds.
 */
export function WikiText({ text, links, className }: WikiTextProps) {
  const markdown = renderableWikiText(text);
  return (
    <div className={className}>
      {markdown === null ? (
        <p className="break-words whitespace-pre-wrap">{text}</p>
      ) : (
        <Markdown
          remarkPlugins={[
            [remarkDisableConstructs, { constructs: costlyConstructs(markdown) }],
            [remarkWikiLinks, { links }],
          ]}
          components={components}
          urlTransform={safeUrl}
        >
          {markdown}
        </Markdown>
      )}
    </div>
  );
}
