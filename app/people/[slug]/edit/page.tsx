import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SectionEditor } from "@/components/submissions/section-editor";
import { requireUser } from "@/lib/auth/session";
import { getPersonPage } from "@/lib/people/queries";
import { submitEntryEdit } from "@/lib/submissions/actions";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const person = await getPersonPage((await decodedParams(params)).slug);
  return { title: person ? `Edit ${person.name}` : "Person not found", robots: { index: false } };
}

export default async function EditPersonRoute({ params }: Props) {
  await connection();
  const person = await getPersonPage((await decodedParams(params)).slug);
  if (!person) notFound();
  await requireUser(`/people/${person.slug}/edit`);
  const editing = await getSectionForEditing(person.id, "person");
  if (!editing) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Edit {person.name}</h1>
      <SectionEditor
        section="person"
        values={editing.values}
        action={submitEntryEdit.bind(null, "person", person.id)}
        meta={{ summary: "", source: "", baseRevisionId: editing.baseRevisionId }}
        cancelHref={`/people/${person.slug}`}
      />
    </div>
  );
}
