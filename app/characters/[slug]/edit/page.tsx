import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SectionEditor } from "@/components/submissions/section-editor";
import { requireUser } from "@/lib/auth/session";
import { getCharacterPage } from "@/lib/characters/queries";
import { submitEntryEdit } from "@/lib/submissions/actions";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const character = await getCharacterPage((await decodedParams(params)).slug);
  return { title: character ? `Edit ${character.name}` : "Character not found", robots: { index: false } };
}

export default async function EditCharacterRoute({ params }: Props) {
  await connection();
  const character = await getCharacterPage((await decodedParams(params)).slug);
  if (!character) notFound();
  await requireUser(`/characters/${character.slug}/edit`);
  const editing = await getSectionForEditing(character.id, "character");
  if (!editing) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Edit {character.name}</h1>
      <SectionEditor
        section="character"
        values={editing.values}
        action={submitEntryEdit.bind(null, "character", character.id)}
        meta={{ summary: "", source: "", baseRevisionId: editing.baseRevisionId }}
        cancelHref={`/characters/${character.slug}`}
      />
    </div>
  );
}
