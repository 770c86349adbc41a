import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListOrderForm } from "@/components/lists/list-order-form";
import { requireUser } from "@/lib/auth/session";
import { reorderListAction } from "@/lib/lists/actions";
import { getListForOrdering } from "@/lib/lists/queries";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Order list" };

export default async function OrderListRoute({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (id === null) notFound();
  const user = await requireUser(`/lists/${id}/order`);
  const list = await getListForOrdering(id, user.id);
  if (!list) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Order “{list.title}”</h1>
      <p className="max-w-2xl text-stone-800">
        Type each film&apos;s new rank, then save once: 1 is first, and 2.5 goes between the second and the third.
      </p>
      <ListOrderForm action={reorderListAction.bind(null, list.id)} listId={list.id} items={list.items} />
    </div>
  );
}
