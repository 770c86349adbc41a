import { slugify } from "@/lib/format/slug";

export const WIKI_LINK_KINDS = ["film", "person", "character", "studio"] as const;

export type WikiLinkKind = (typeof WIKI_LINK_KINDS)[number];

export type WikiLinkTarget = { kind: WikiLinkKind; slug: string };

export type WikiLink = {
  target: WikiLinkTarget;
  /** Text after the `|`, or the title itself for `[[Title]]`; null means "use the entry's title". */
  label: string | null;
  /** The link exactly as written, brackets included. */
  raw: string;
  /** Offset of `raw` in the parsed text. */
  index: number;
};

/** A resolved target as the page knows it, keyed by `wikiLinkKey`. */
export type ResolvedWikiLinks = ReadonlyMap<string, { href: string; title: string }>;

// Excluding brackets from the body means only the innermost pair of a nested `[[…[[…]]…]]` can match.
const WIKI_LINK = /\[\[([^[\]\n]+)\]\]/g;
const NAMESPACE = /^([a-z]+):(.*)$/;

export function parseWikiLinks(text: string): WikiLink[] {
  const links: WikiLink[] = [];
  for (const match of text.matchAll(WIKI_LINK)) {
    const parsed = parseBody(match[1] ?? "");
    if (parsed) links.push({ ...parsed, raw: match[0], index: match.index });
  }
  return links;
}

/** Every distinct target in `text`, in order of first appearance — what a page must look up. */
export function wikiLinkTargets(text: string): WikiLinkTarget[] {
  const targets = new Map<string, WikiLinkTarget>();
  for (const { target } of parseWikiLinks(text)) {
    const key = wikiLinkKey(target);
    if (!targets.has(key)) targets.set(key, target);
  }
  return [...targets.values()];
}

export function wikiLinkKey(target: WikiLinkTarget): string {
  return `${target.kind}:${target.slug}`;
}

function parseBody(body: string): Pick<WikiLink, "target" | "label"> | null {
  const pipe = body.indexOf("|");
  const targetText = (pipe === -1 ? body : body.slice(0, pipe)).trim();
  const label = pipe === -1 ? null : body.slice(pipe + 1).trim() || null;

  const namespaced = NAMESPACE.exec(targetText);
  if (namespaced) {
    const [, namespace = "", rest = ""] = namespaced;
    if (isWikiLinkKind(namespace)) return withSlug(namespace, rest, label);
    // `flim:akira` is a typo to leave visible; `Memories: Magnetic Rose` is a title with a colon.
    if (!/^\s/.test(rest)) return null;
  }
  return withSlug("film", targetText, label ?? targetText);
}

function withSlug(kind: WikiLinkKind, text: string, label: string | null): Pick<WikiLink, "target" | "label"> | null {
  const slug = slugify(text);
  return slug === "" ? null : { target: { kind, slug }, label };
}

function isWikiLinkKind(value: string): value is WikiLinkKind {
  return (WIKI_LINK_KINDS as readonly string[]).includes(value);
}
