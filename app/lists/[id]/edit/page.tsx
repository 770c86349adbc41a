import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListDetailsForm } from "@/components/lists/list-details-form";
import { requireUser } from "@/lib/auth/session";
import { updateListAction } from "@/lib/lists/actions";
import { getListForEditing } from "@/lib/lists/queries";
import { IdSchema } from "@/lib/lists/schema";

export const metadata: Metadata = { title: "Edit list" };

export default async function EditListRoute({ params }: { params: Promise<{ id: string }> }) {
  const id = IdSchema.safeParse(Number((await params).id));
  if (!id.success) notFound();
  const user = await requireUser(`/lists/${id.data}/edit`);
  const list = await getListForEditing(id.data, user.id);
  if (!list) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Edit “{list.title}”</h1>
      <ListDetailsForm action={updateListAction.bind(null, list.id)} initial={list} submitLabel="Save list" />
    </div>
  );
}
