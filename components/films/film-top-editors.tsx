import { EmptyState, Section } from "@/components/ui/section";
import { countOf } from "@/lib/format/counts";

type TopEditor = { id: number; username: string; displayName: string; edits: number };

export function FilmTopEditors({ editors }: { editors: TopEditor[] }) {
  return (
    <Section id="top-editors" title="Top Editors">
      {editors.length === 0 ? (
        <EmptyState>Nobody has edited this page yet.</EmptyState>
      ) : (
        <ol className="plain">
          {editors.map((editor) => (
            <li key={editor.id}>
              {editor.displayName} <span className="muted">({countOf(editor.edits, "edit")})</span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
