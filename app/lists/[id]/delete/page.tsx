import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { deleteListAction } from "@/lib/lists/item-actions";
import { getListForEditing } from "@/lib/lists/queries";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Delete list" };

/** The confirmation step is a page of its own, so that it works without JavaScript. */
export default async function DeleteListRoute({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const user = await requireUser(`/lists/${id}/delete`);
  const list = await getListForEditing(id, user.id);
  if (!list) notFound();
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Delete “{list.title}”?</h1>
      <p>The list, its notes and its likes will be gone for good.</p>
      <ActionForm action={deleteListAction.bind(null, list.id)} className="flex items-center gap-4">
        <button type="submit" className="rounded-md bg-red-800 px-4 py-2 font-medium text-white">
          Delete list
        </button>
        <Link href={`/lists/${list.id}`}>Keep it</Link>
      </ActionForm>
    </div>
  );
}
