/**
 * Block quotes and list items are the Markdown containers that nest. Their parse, and every tree walk
 * after it, costs time per line in proportion to the depth — micromark's own tokenizer grows with the
 * square of it — so wiki text is held to a small depth, measured here in one linear pass over the text
 * that follows CommonMark's container rules (the parser cannot measure it without paying the cost).
 */
export const WIKI_NESTING_MAX = 8;

type Container = { kind: "quote" } | { kind: "item"; indent: number };
type Leaf = "none" | "paragraph" | "code" | { fence: string; length: number };

/** A change to the text: `remove` characters at `at`, then `insert` there. */
type Edit = { at: number; remove: number; insert: string };

export type NestingScan = {
  /** The deepest nesting of containers the text reaches, or would reach without the bound. */
  depth: number;
  /**
   * What makes the text cheap to parse and read the same, in order: an escape before each marker that
   * would open a container past the bound; the markers of the containers a lazy line goes on in
   * (micromark's cost per lazy line grows with the paragraph); no second blank line outside code.
   */
  edits: Edit[];
};

const LINE = /\r\n|\r|\n/g;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;

/** Follows the container structure line by line; `max` is where markers stop opening containers. */
export function scanNesting(text: string, max = Infinity): NestingScan {
  const stack: Container[] = [];
  // Indexes of the quotes in `stack`: a blank line continues every list item but ends every quote.
  const quotes: number[] = [];
  // The index of a list item opened on an otherwise empty line: a blank line next ends it.
  let emptyItem: number | null = null;
  let leaf: Leaf = "none";
  let depth = 0;
  let previousBlank = false;
  let previousEnd = 0;
  // A paragraph line that is only a list marker stays one: more text after it would make it an item.
  let previousLoneMarker = false;
  // Measuring alone needs no edits; building them for a lazy line costs the depth, bounded only here.
  const editing = Number.isFinite(max);
  const edits: Edit[] = [];

  const truncate = (length: number) => {
    stack.length = Math.min(stack.length, length);
    while (quotes.length > 0 && (quotes.at(-1) ?? 0) >= stack.length) quotes.pop();
  };

  for (const { start, end, next } of lines(text)) {
    const line = new LineCursor(text, start, end);
    let matched = 0;
    for (const container of stack) {
      // A blank rest goes on in every list item up to the next quote, found below without walking them.
      if (line.restIsBlank() || !line.continues(container)) break;
      matched++;
    }
    if (line.restIsBlank()) {
      const kept = Math.min(firstAtOrAfter(quotes, matched) ?? stack.length, emptyItem ?? stack.length);
      emptyItem = null;
      // Fenced code goes on past blank lines, and micromark holds indented code open across them too.
      if (kept < stack.length || leaf === "paragraph") leaf = "none";
      truncate(kept);
      if (editing && previousBlank && leaf === "none") edits.push({ at: start, remove: next - start, insert: "" });
      previousBlank = true;
      continue;
    }
    previousBlank = false;
    const allMatched = matched === stack.length;
    emptyItem = null;
    if (allMatched && typeof leaf === "object") {
      if (line.closesFence(leaf)) leaf = "none";
      continue;
    }

    const opened: Container[] = [];
    const rest = { ...line.restIndent(), edits: edits.length, setextUnderline: line.isSetextUnderline() };
    // As in micromark, every container the line opens interrupts whatever leaf block is open.
    const interrupting = allMatched && leaf !== "none";
    for (;;) {
      const opening = line.opensContainer(interrupting);
      if (!opening) break;
      if (matched + opened.length + 1 > max) {
        edits.push({ at: opening.marker, remove: 0, insert: "\\" });
        line.skipMarker();
        break;
      }
      line.enter(opening);
      opened.push(opening.container);
    }
    depth = Math.max(depth, matched + opened.length);

    const lazy = opened.length === 0 && !allMatched && leaf === "paragraph" && line.continuesParagraph();
    if (lazy) {
      const join: boolean = !previousLoneMarker && !hardBreakBefore(text, previousEnd);
      if (editing) edits.splice(rest.edits, 0, ...lazyLineEdits(join, previousEnd, rest, stack.slice(matched)));
      previousLoneMarker = !join && line.restIsLoneMarker();
      previousEnd = end;
      continue;
    }
    truncate(matched);
    for (const container of opened) {
      if (container.kind === "quote") quotes.push(stack.length);
      stack.push(container);
    }
    if (opened.at(-1)?.kind === "item" && line.restIsBlank()) emptyItem = stack.length - 1;
    leaf = line.leafAfter(opened.length === 0 && allMatched ? leaf : "none");
    previousLoneMarker = line.restIsLoneMarker();
    previousEnd = end;
  }
  return { depth, edits };
}

/**
 * A lazy line goes on the line before it, after a space: what reads the same, since a line ending in a
 * paragraph is a space to a browser. Where that would change the line before (a hard break, a lone
 * list marker) it keeps its own line and gets the markers of the containers it is in instead, with its
 * indentation as spaces, since after them a tab would stop at another column. A lazy line may not
 * underline a heading, so that one stays as it is.
 */
function lazyLineEdits(
  join: boolean,
  previousEnd: number,
  rest: { at: number; columns: number; end: number; taken: number; setextUnderline: boolean },
  containers: Container[],
): Edit[] {
  if (rest.setextUnderline) return [];
  if (join) return [{ at: previousEnd, remove: rest.end - previousEnd, insert: " " }];
  const insert = " ".repeat(rest.taken) + prefixOf(containers) + " ".repeat(rest.columns);
  return [{ at: rest.at, remove: rest.end - rest.at, insert }];
}

/** Whether the line ending at `end` ends in a hard break: two spaces or a backslash. */
function hardBreakBefore(text: string, end: number): boolean {
  return text[end - 1] === "\\" || text.slice(end - 2, end) === "  ";
}

/** The first of the ascending `values` at or after `floor`. */
function firstAtOrAfter(values: number[], floor: number): number | undefined {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? Infinity) < floor) low = middle + 1;
    else high = middle;
  }
  return values[low];
}

/** What a line starts with to go on in these containers without being lazy. */
function prefixOf(containers: Container[]): string {
  return containers.map((container) => (container.kind === "quote" ? "> " : " ".repeat(container.indent))).join("");
}

/** How deep the text's lists and quotes nest. */
export function nestingDepth(text: string): number {
  return scanNesting(text).depth;
}

/**
 * The text with every marker that would nest a container past `max` escaped, so it reads as the
 * character it is: text stored before the bound existed renders, and renders fast.
 */
export function boundNesting(text: string, max = WIKI_NESTING_MAX): string {
  const { edits } = scanNesting(text, max);
  if (edits.length === 0) return text;
  const parts: string[] = [];
  let offset = 0;
  for (const { at, remove, insert } of edits) {
    parts.push(text.slice(offset, at), insert);
    offset = at + remove;
  }
  parts.push(text.slice(offset));
  return parts.join("");
}

/** Past this, `lineNestingBound` says a line is nothing a person wrote: such text is shown unparsed. */
const LINE_NESTING_LIMIT = 96;

/**
 * Past this many blocks (`blockCount`), parsing a text costs more than a reader should wait: micromark
 * pays tens of microseconds a block, and each list item or quote that ends copies every event before it.
 * Long articles count a few hundred.
 */
export const WIKI_BLOCKS_MAX = 1_000;

/**
 * The text to hand the Markdown parser: nested at most `WIKI_NESTING_MAX` deep, or null when some line
 * could still nest deeper than any Markdown a person writes, or the text holds more blocks than
 * `WIKI_BLOCKS_MAX`, and it is best shown as it is.
 */
export function renderableWikiText(text: string): string | null {
  if (blockCount(text) > WIKI_BLOCKS_MAX) return null;
  const bounded = boundNesting(text);
  return lineNestingBound(bounded) > LINE_NESTING_LIMIT ? null : bounded;
}

/**
 * A bound on the containers any line with a marker can continue or open, whatever came before it: each
 * needs a `>`, a list marker or two columns of indentation before its last marker. Lines without
 * markers never deepen the nesting, so the largest value bounds the parser's depth even where
 * `scanNesting` and the parser were to disagree.
 */
export function lineNestingBound(text: string): number {
  let bound = 0;
  for (const { start, end } of lines(text)) {
    const { markers, columnsBeforeMarker } = leadingMarkers(text, start, end);
    bound = Math.max(bound, markers + Math.floor(columnsBeforeMarker / 2));
  }
  return bound;
}

/**
 * A bound on the blocks micromark opens for the text, in one pass: every line that is not blank can
 * start one (a paragraph, heading, table row, thematic break, definition or HTML block), and every `>`
 * or list marker at its start can open a container besides, whose end costs as much again.
 */
export function blockCount(text: string): number {
  let count = 0;
  for (const { start, end } of lines(text)) {
    let index = start;
    while (index < end && isSpaceOrTab(text.charCodeAt(index))) index++;
    if (index < end) count += 1 + leadingMarkers(text, start, end).markers;
  }
  return count;
}

/** The `>` and list markers a line starts with, and the columns of indentation before the last one. */
function leadingMarkers(text: string, start: number, end: number): { markers: number; columnsBeforeMarker: number } {
  let columns = 0;
  let columnsBeforeMarker = 0;
  let markers = 0;
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9) {
      columns += code === 9 ? 4 : 1;
      index++;
      continue;
    }
    const width = code === 62 ? 1 : listMarkerWidth(text, index, end);
    if (width === 0) break;
    const after = index + width;
    if (code !== 62 && after < end && !isSpaceOrTab(text.charCodeAt(after))) break;
    markers++;
    columnsBeforeMarker = columns;
    index = after;
  }
  return { markers, columnsBeforeMarker };
}

/** Each line's start and end, and where the next one starts. */
function* lines(text: string): Generator<{ start: number; end: number; next: number }> {
  let start = 0;
  for (const match of text.matchAll(LINE)) {
    const next = match.index + match[0].length;
    yield { start, end: match.index, next };
    start = next;
  }
  yield { start, end: text.length, next: text.length };
}

/** Width of a list marker (`-`, `+`, `*`, or up to nine digits and `.` or `)`) at `index`, else 0. */
function listMarkerWidth(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index);
  if (code === 45 || code === 43 || code === 42) return 1;
  let digits = 0;
  while (digits < 9 && index + digits < end && isDigit(text.charCodeAt(index + digits))) digits++;
  if (digits === 0 || index + digits >= end) return 0;
  const delimiter = text.charCodeAt(index + digits);
  return delimiter === 46 || delimiter === 41 ? digits + 1 : 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

type Opening = { container: Container; marker: number; width: number; padding: number };

/** One line, read from the left with tabs expanded to multiples of four columns, as CommonMark does. */
class LineCursor {
  private index: number;
  private column = 0;
  /** Columns of a tab already consumed, when a container took only part of it. */
  private tabUsed = 0;
  private escaped = false;
  private thematic: { dash: number; star: number; underscore: number } | null = null;

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.index = start;
  }

  restIsBlank(): boolean {
    for (let index = this.index; index < this.end; index++) {
      if (!isSpaceOrTab(this.text.charCodeAt(index))) return false;
    }
    return true;
  }

  continues(container: Container): boolean {
    if (container.kind === "item") {
      if (this.indent() < container.indent) return false;
      this.consumeColumns(container.indent);
      return true;
    }
    const indent = this.indent();
    if (indent > 3 || this.charAfterIndent() !== 62) return false;
    this.consumeColumns(indent);
    this.consumeQuoteMarker();
    return true;
  }

  /** The container whose marker is next, if the line opens one here. */
  opensContainer(interruptingParagraph: boolean): Opening | null {
    const indent = this.indent();
    if (indent > 3) return null;
    const at = this.indexAfterIndent();
    const code = this.text.charCodeAt(at);
    if (at >= this.end) return null;
    if (code === 62) return { container: { kind: "quote" }, marker: at, width: 1, padding: indent };
    const width = listMarkerWidth(this.text, at, this.end);
    if (width === 0) return null;
    const after = at + width;
    if (after < this.end && !isSpaceOrTab(this.text.charCodeAt(after))) return null;
    if ((code === 45 || code === 42) && this.isThematicBreakFrom(at)) return null;
    const content = this.columnsFrom(after, this.column + indent + width);
    const empty = content.blank;
    if (interruptingParagraph && (empty || (width > 1 && !/^0*1[.)]$/.test(this.text.slice(at, after))))) return null;
    const spaces = empty || content.columns > 4 ? 1 : content.columns;
    const indentOfContent = indent + width + spaces;
    const marker = width > 1 ? after - 1 : at;
    return {
      container: { kind: "item", indent: indentOfContent },
      marker,
      width,
      padding: indent,
    };
  }

  enter(opening: Opening): void {
    this.consumeColumns(opening.padding);
    this.index += opening.width;
    this.column += opening.width;
    if (opening.container.kind === "quote") {
      this.consumeQuoteMarkerSpace();
      return;
    }
    const spaces = opening.container.indent - opening.padding - opening.width;
    this.consumeColumns(Math.min(spaces, this.indent()));
  }

  /**
   * Where the rest of the line starts, its indentation in columns and where that ends, and the columns
   * of a tab at `at` that containers already took.
   */
  restIndent(): { at: number; columns: number; end: number; taken: number } {
    return { at: this.index, columns: this.indent(), end: this.indexAfterIndent(), taken: this.tabUsed };
  }

  restIsLoneMarker(): boolean {
    return /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]*$/.test(this.text.slice(this.index, this.end));
  }

  isSetextUnderline(): boolean {
    return this.indent() <= 3 && /^=+[ \t]*$/.test(this.text.slice(this.indexAfterIndent(), this.end));
  }

  /** Past an escaped marker the rest of the line is paragraph text. */
  skipMarker(): void {
    this.index = this.end;
    this.escaped = true;
  }

  /** Whether the line, read as it stands, would go on a paragraph rather than start a block. */
  continuesParagraph(): boolean {
    if (this.indent() > 3) return true;
    const rest = this.text.slice(this.indexAfterIndent(), this.end);
    return !(FENCE.test(rest) || ATX_HEADING.test(rest) || this.isThematicBreakFrom(this.indexAfterIndent()));
  }

  closesFence(fence: { fence: string; length: number }): boolean {
    if (this.indent() > 3) return false;
    const rest = this.text.slice(this.indexAfterIndent(), this.end).trimEnd();
    return rest.length >= fence.length && [...rest].every((character) => character === fence.fence);
  }

  /** The leaf block the rest of the line leaves open, given the one that was open. */
  leafAfter(previous: Leaf): Leaf {
    if (this.escaped) return "paragraph";
    if (this.restIsBlank()) return "none";
    if (this.indent() > 3) return previous === "paragraph" ? "paragraph" : "code";
    const at = this.indexAfterIndent();
    const rest = this.text.slice(at, this.end);
    const fence = FENCE.exec(rest);
    if (fence && !(fence[1]?.startsWith("`") && fence[2]?.includes("`"))) {
      return { fence: fence[1]?.[0] ?? "`", length: fence[1]?.length ?? 3 };
    }
    if (ATX_HEADING.test(rest) || this.isThematicBreakFrom(at)) return "none";
    return "paragraph";
  }

  private consumeQuoteMarker(): void {
    this.index++;
    this.column++;
    this.consumeQuoteMarkerSpace();
  }

  private consumeQuoteMarkerSpace(): void {
    if (this.index < this.end && isSpaceOrTab(this.text.charCodeAt(this.index))) this.consumeColumns(1);
  }

  /** Columns of spaces and tabs from the cursor. */
  private indent(): number {
    return this.columnsFrom(this.index, this.column, this.tabUsed).columns;
  }

  private columnsFrom(index: number, column: number, tabUsed = 0): { columns: number; blank: boolean } {
    let columns = 0;
    let at = index;
    let col = column;
    let used = tabUsed;
    while (at < this.end) {
      const code = this.text.charCodeAt(at);
      if (code === 32) {
        columns++;
        col++;
      } else if (code === 9) {
        const width = 4 - ((col - used) % 4) - used;
        columns += width;
        col += width;
        used = 0;
      } else {
        return { columns, blank: false };
      }
      at++;
    }
    return { columns, blank: true };
  }

  private indexAfterIndent(): number {
    let at = this.index;
    while (at < this.end && isSpaceOrTab(this.text.charCodeAt(at))) at++;
    return at;
  }

  private charAfterIndent(): number {
    const at = this.indexAfterIndent();
    return at < this.end ? this.text.charCodeAt(at) : -1;
  }

  private consumeColumns(count: number): void {
    let left = count;
    while (left > 0 && this.index < this.end) {
      const code = this.text.charCodeAt(this.index);
      if (code === 32) {
        this.index++;
        this.column++;
        left--;
      } else if (code === 9) {
        const width = 4 - ((this.column - this.tabUsed) % 4) - this.tabUsed;
        if (width <= left) {
          this.index++;
          this.column += width;
          this.tabUsed = 0;
          left -= width;
        } else {
          this.column += left;
          this.tabUsed += left;
          left = 0;
        }
      } else {
        return;
      }
    }
  }

  /** Whether the rest of the line from `at` is a thematic break, answered in constant time after one pass. */
  private isThematicBreakFrom(at: number): boolean {
    const code = this.text.charCodeAt(at);
    const kind = code === 45 ? "dash" : code === 42 ? "star" : code === 95 ? "underscore" : null;
    if (!kind) return false;
    this.thematic ??= this.lastOthers();
    if (this.thematic[kind] >= at) return false;
    let count = 0;
    for (let index = at; index < this.end && count < 3; index++) if (this.text.charCodeAt(index) === code) count++;
    return count >= 3;
  }

  private lastOthers(): { dash: number; star: number; underscore: number } {
    const last = { dash: -1, star: -1, underscore: -1 };
    for (let index = this.end - 1; index >= this.index; index--) {
      const code = this.text.charCodeAt(index);
      if (isSpaceOrTab(code)) continue;
      if (code !== 45 && last.dash === -1) last.dash = index;
      if (code !== 42 && last.star === -1) last.star = index;
      if (code !== 95 && last.underscore === -1) last.underscore = index;
      if (last.dash !== -1 && last.star !== -1 && last.underscore !== -1) break;
    }
    return last;
  }
}
