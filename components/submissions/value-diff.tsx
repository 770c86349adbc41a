import { Fragment } from "react";
import { WikiText } from "@/components/wiki-text";
import { displayValue, NO_NAMES, wordDiff, type DiffPart, type EntryNames } from "@/lib/submissions/display";
import { jsonEqual } from "@/lib/submissions/change-set";
import { isLongText, paragraphDiff, paragraphsOf, type ParagraphRow } from "@/lib/submissions/paragraph-diff";
import type { ResolvedWikiLinks } from "@/lib/wiki/links";
import { ScrollableTable } from "@/components/ui/scrollable-table";

type Props = {
  /** Field labels in display order. */
  labels: Record<string, string>;
  left: Record<string, unknown>;
  right: Record<string, unknown>;
  leftTitle: string;
  rightTitle: string;
  /** Only the fields that differ, or every field. */
  changedOnly?: boolean;
  caption: string;
  /** Names for the slugs the values hold (people, characters, films). */
  names?: EntryNames;
  /** Wiki-text fields, shown rendered in a row of their own below the text, with the links they name. */
  rendered?: { fields: readonly string[]; links: ResolvedWikiLinks };
};

/** Changed words marked: the left side shows the words removed, the right side the words added. */
export function Words({ parts, side }: { parts: DiffPart[]; side: "left" | "right" }) {
  const hidden = side === "left" ? "added" : "removed";
  return (
    <>
      {parts.map((part, index) =>
        part.change === hidden ? null : part.change === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.change === "removed" ? (
          <del key={index} className="bg-red-100 text-red-900">
            {part.text}
          </del>
        ) : (
          <ins key={index} className="bg-green-100 text-green-900 no-underline">
            {part.text}
          </ins>
        ),
      )}
    </>
  );
}

/** A poster is compared by eye: its id alone says nothing. /images/<id> redirects to the stored thumbnail. */
function PosterThumbnail({ field, value, names }: { field: string; value: unknown; names: EntryNames }) {
  if (field !== "posterId" || typeof value !== "number") return null;
  if (names.removedImages?.includes(value)) return <span className="block text-stone-700">(image removed)</span>;
  const caption = names.imageCaptions?.[value];
  return (
    <figure className="mt-2 space-y-1">
      {/* eslint-disable-next-line @next/next/no-img-element -- already a 200-pixel copy, behind a redirect next/image cannot follow. */}
      <img src={`/images/${value}`} alt={`Image #${value}`} width={100} className="block h-auto rounded" />
      <figcaption className="text-stone-700">{caption ? <>Caption: {caption}</> : <em>No caption</em>}</figcaption>
    </figure>
  );
}

/**
 * A wiki text as its page would show it: what a reviewer must see, since Markdown can hide what it
 * does. One of more than a few paragraphs is folded, so that the changed paragraphs above stay
 * the first thing read.
 */
function Rendered({ value, links, folded }: { value: unknown; links: ResolvedWikiLinks; folded: boolean }) {
  if (typeof value !== "string" || value === "") return <em className="text-stone-600">empty</em>;
  const text = (
    <WikiText text={value} links={links} className="prose-wiki rounded-md border border-stone-200 bg-white p-3" />
  );
  if (!folded) return text;
  return (
    <details>
      <summary className="cursor-pointer text-stone-800 underline">Show the whole text as shown</summary>
      {text}
    </details>
  );
}

const cellText = "p-2 break-words whitespace-pre-wrap";

/** The most paragraphs a rendered wiki text shows unfolded beside its diff. */
const RENDERED_UNFOLDED = 3;

const foldsRendered = (...values: unknown[]) =>
  values.some((value) => typeof value === "string" && paragraphsOf(value).length > RENDERED_UNFOLDED);

function Side({ parts, side }: { parts: DiffPart[] | null; side: "left" | "right" }) {
  if (!parts) return <td className={`${cellText} bg-stone-50`} />;
  return (
    <td className={cellText}>
      <Words parts={parts} side={side} />
    </td>
  );
}

function ParagraphCells({ row }: { row: ParagraphRow }) {
  if (row.kind === "skipped") {
    return (
      <td colSpan={2} className="p-2 text-center text-stone-700 italic">
        … {row.count} unchanged {row.count === 1 ? "paragraph" : "paragraphs"}
      </td>
    );
  }
  if (row.kind === "context") {
    return (
      <>
        <td className={`${cellText} text-stone-700`}>{row.text}</td>
        <td className={`${cellText} text-stone-700`}>{row.text}</td>
      </>
    );
  }
  return (
    <>
      <Side parts={row.left} side="left" />
      <Side parts={row.right} side="right" />
    </>
  );
}

/**
 * A long text compared paragraph by paragraph, one table row each: only the changed paragraphs,
 * a paragraph of context either side, and markers counting the unchanged ones left out.
 */
function ParagraphRows({ label, before, after }: { label: string; before: string; after: string }) {
  const rows = paragraphDiff(before, after);
  return rows.map((row, index) => (
    <tr key={index} className={`align-top ${index === 0 ? "border-t border-stone-200" : ""}`}>
      {index === 0 ? (
        <th scope="row" rowSpan={rows.length} className="p-2 text-left font-medium">
          {label}
        </th>
      ) : null}
      <ParagraphCells row={row} />
    </tr>
  ));
}

/** A value compared as a whole, with changed words marked, in one table row. */
function ShortRow({
  field,
  label,
  before,
  after,
  left,
  right,
  names,
}: {
  field: string;
  label: string;
  before: string;
  after: string;
  left: Record<string, unknown>;
  right: Record<string, unknown>;
  names: EntryNames;
}) {
  const parts = wordDiff(before, after);
  return (
    <tr className="border-t border-stone-200 align-top">
      <th scope="row" className="p-2 text-left font-medium">
        {label}
      </th>
      <td className={cellText}>
        {before ? <Words parts={parts} side="left" /> : <em className="text-stone-600">empty</em>}
        <PosterThumbnail field={field} value={left[field]} names={names} />
      </td>
      <td className={cellText}>
        {after ? <Words parts={parts} side="right" /> : <em className="text-stone-600">empty</em>}
        <PosterThumbnail field={field} value={right[field]} names={names} />
      </td>
    </tr>
  );
}

/** Two versions of a section side by side, field by field, with changed words marked. */
export function ValueDiff({
  labels,
  left,
  right,
  leftTitle,
  rightTitle,
  changedOnly = false,
  caption,
  names = NO_NAMES,
  rendered,
}: Props) {
  const fields = Object.keys(labels).filter((field) => !changedOnly || !jsonEqual(left[field], right[field]));
  if (fields.length === 0) return <p className="text-stone-700">No differences.</p>;
  return (
    <ScrollableTable label={caption} framed={false}>
      <table className="w-full table-fixed border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="bg-stone-100 text-left">
            <th scope="col" className="w-36 p-2">
              Field
            </th>
            <th scope="col" className="p-2">
              {leftTitle}
            </th>
            <th scope="col" className="p-2">
              {rightTitle}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const before = displayValue(field, left[field], names);
            const after = displayValue(field, right[field], names);
            const long = isLongText(before) || isLongText(after);
            return (
              <Fragment key={field}>
                {long ? (
                  <ParagraphRows label={labels[field] ?? field} before={before} after={after} />
                ) : (
                  <ShortRow field={field} label={labels[field] ?? field} {...{ before, after, left, right, names }} />
                )}
                {rendered?.fields.includes(field) ? (
                  <tr className="align-top">
                    <th scope="row" className="p-2 text-left font-medium">
                      {labels[field]} as shown
                    </th>
                    <td className="p-2 break-words">
                      <Rendered
                        value={left[field]}
                        links={rendered.links}
                        folded={foldsRendered(left[field], right[field])}
                      />
                    </td>
                    <td className="p-2 break-words">
                      <Rendered
                        value={right[field]}
                        links={rendered.links}
                        folded={foldsRendered(left[field], right[field])}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
