import type { Route } from "next";
import { toggleMine, type ConflictChoice } from "@/lib/submissions/amend-choices";
import { displayValue, wordDiff, type EntryNames } from "@/lib/submissions/display";
import { ConflictChoiceLink } from "./conflict-choice-link";
import { Words } from "./value-diff";

type Props = {
  conflicts: ConflictChoice[];
  fieldLabels: Record<string, string>;
  names: EntryNames;
  /** The amend page, which the choices reload with their query string. */
  href: string;
};

/** A part's version as text a reader compares: a row as its one display line. */
function versionText(choice: ConflictChoice, value: unknown, names: EntryNames): string | null {
  if (value === null || (choice.kind === "passage" && value === "")) return null;
  return displayValue(choice.field, choice.kind === "row" ? [value] : value, names);
}

function partName(choice: ConflictChoice, label: string, names: EntryNames): string {
  if (choice.kind === "whole") return `${label}, as a whole`;
  if (choice.kind === "passage") return `${label}, passage ${choice.index + 1}`;
  const { current, proposed, base } = choice.part;
  return `${label}: ${versionText(choice, current ?? proposed ?? base, names) ?? ""}`;
}

const ABSENT = {
  proposed: "Removed in your version",
  current: "Removed on the site",
  base: "Not there when you started",
} as const;

/** One version beside the others, exactly as it reads, with the words added since the base marked. */
function Version({ title, text, base, absent }: { title: string; text: string | null; base: string; absent: string }) {
  return (
    <div className="min-w-0 space-y-1 rounded-md border border-stone-200 bg-white p-2">
      <dt className="font-medium text-stone-800">{title}</dt>
      <dd className="text-sm break-words whitespace-pre-wrap">
        {text === null ? (
          <em className="text-stone-700">{absent}</em>
        ) : text === "" ? (
          <em className="text-stone-700">Empty</em>
        ) : (
          <Words parts={wordDiff(base, text)} side="right" />
        )}
      </dd>
    </div>
  );
}

function Part({ choice, mine, href, label, names }: { choice: ConflictChoice } & PartProps) {
  const text = (value: unknown) => versionText(choice, value, names);
  const base = text(choice.part.base) ?? "";
  const name = partName(choice, label, names);
  return (
    <section id={`conflict-${choice.id}`} aria-labelledby={`conflict-${choice.id}-name`} className="space-y-2">
      <h3 id={`conflict-${choice.id}-name`} className="font-semibold break-words">
        {name}
      </h3>
      <dl className="grid gap-2 sm:grid-cols-3">
        <Version title="Your version" text={text(choice.part.proposed)} base={base} absent={ABSENT.proposed} />
        <Version title="Now on the site" text={text(choice.part.current)} base={base} absent={ABSENT.current} />
        <Version title="When you started" text={text(choice.part.base)} base={base} absent={ABSENT.base} />
      </dl>
      <p className="text-sm">
        {choice.mine ? (
          <strong>The form below holds your version.</strong>
        ) : (
          <strong>The form below holds the version now on the site.</strong>
        )}{" "}
        {choice.choosable ? (
          <ConflictChoiceLink href={`${href}${toggleMine(mine, choice.id)}#conflict-${choice.id}` as Route}>
            {choice.mine ? "Keep the site's version instead" : "Use your version instead"}
            <span className="sr-only"> ({name})</span>
          </ConflictChoiceLink>
        ) : (
          "Your version has no single place in the text now: copy what you need into the form yourself."
        )}
      </p>
    </section>
  );
}

type PartProps = { mine: readonly string[]; href: string; label: string; names: EntryNames };

/**
 * A wiki's edit-conflict screen: each part of the author's change that clashes with a newer
 * approved change, as the author wrote it, as the site has it now and as it was when they started.
 * Choosing reloads the form with that choice, so it comes before typing in the form.
 */
export function EditConflictPanel({ conflicts, fieldLabels, names, href }: Props) {
  if (conflicts.length === 0) return null;
  const mine = conflicts.filter((choice) => choice.mine).map((choice) => choice.id);
  return (
    <section aria-labelledby="edit-conflict-heading" className="space-y-4 rounded-md border border-amber-600 p-3">
      <h2 id="edit-conflict-heading" className="text-xl font-semibold">
        Where your edit clashes ({conflicts.length} {conflicts.length === 1 ? "part" : "parts"})
      </h2>
      <p className="text-sm">
        Words added since you started are marked. Choose a version for each part before you type in the form: choosing
        starts the form again with your choices.
      </p>
      {conflicts.map((choice) => (
        <Part
          key={choice.id}
          choice={choice}
          mine={mine}
          href={href}
          label={fieldLabels[choice.field] ?? choice.field}
          names={names}
        />
      ))}
    </section>
  );
}

/** What the amend form holds of the clashing parts, as counted. */
function clashSummary(conflicts: ConflictChoice[]): string {
  if (conflicts.length === 0)
    return "Nothing clashes any more: check the form, save, and the submission waits for review again.";
  const yours = conflicts.filter((choice) => choice.mine).length;
  const parts = (count: number) => (count === 1 ? "1 part" : `${count} parts`);
  const holds =
    yours === 0
      ? "the form holds the site's version of each, so nothing approved since is undone"
      : yours === conflicts.length
        ? "the form holds your version of each, as you chose, replacing the site's"
        : `the form holds your version of ${parts(yours)}, as you chose, and the site's of the rest`;
  return `${parts(conflicts.length)} of your change clash${conflicts.length === 1 ? "es" : ""} with them: ${holds}. Choose below or rewrite it in the form; saving sends the form as it stands for review.`;
}

/** What the amend form holds after a conflict, said as it is. */
export function ConflictBanner({ conflicts }: { conflicts: ConflictChoice[] }) {
  return (
    <div className="space-y-2 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
      <p>
        Newer edits were approved since you started. The form below starts from the site as it is now, with every part
        of your change that does not clash with them already merged in.
      </p>
      <p>{clashSummary(conflicts)}</p>
    </div>
  );
}
