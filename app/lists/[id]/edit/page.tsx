import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListDetailsForm } from "@/components/lists/list-details-form";
import { requireUser } from "@/lib/auth/session";
import { updateListAction } from "@/lib/lists/actions";
import { getListForEditing } from "@/lib/lists/queries";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Edit list" };

export default async function EditListRoute({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const user = await requireUser(`/lists/${id}/edit`);
  const list = await getListForEditing(id, user.id);
  if (!list) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Edit “{list.title}”</h1>
      <ListDetailsForm action={updateListAction.bind(null, list.id)} initial={list} submitLabel="Save list" />
    </div>
  );
}
