import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SectionEditor } from "@/components/submissions/section-editor";
import { requireUser } from "@/lib/auth/session";
import { getStudioPage } from "@/lib/studios/queries";
import { submitEntryEdit } from "@/lib/submissions/actions";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const studio = await getStudioPage((await decodedParams(params)).slug);
  return { title: studio ? `Edit ${studio.name}` : "Studio not found", robots: { index: false } };
}

export default async function EditStudioRoute({ params }: Props) {
  await connection();
  const studio = await getStudioPage((await decodedParams(params)).slug);
  if (!studio) notFound();
  await requireUser(`/studios/${studio.slug}/edit`);
  const editing = await getSectionForEditing(studio.id, "studio");
  if (!editing) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Edit {studio.name}</h1>
      <SectionEditor
        section="studio"
        values={editing.values}
        action={submitEntryEdit.bind(null, "studio", studio.id)}
        meta={{ summary: "", source: "", baseRevisionId: editing.baseRevisionId }}
        cancelHref={`/studios/${studio.slug}`}
      />
    </div>
  );
}
