import { EmptyState, Section } from "@/components/ui/section";

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
              {editor.displayName}{" "}
              <span className="muted">
                ({editor.edits} {editor.edits === 1 ? "edit" : "edits"})
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
