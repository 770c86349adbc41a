import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListOrderForm } from "@/components/lists/list-order-form";
import { requireUser } from "@/lib/auth/session";
import { reorderListAction } from "@/lib/lists/actions";
import { getListForOrdering } from "@/lib/lists/queries";
import { IdSchema } from "@/lib/lists/schema";

export const metadata: Metadata = { title: "Order list" };

export default async function OrderListRoute({ params }: { params: Promise<{ id: string }> }) {
  const id = IdSchema.safeParse(Number((await params).id));
  if (!id.success) notFound();
  const user = await requireUser(`/lists/${id.data}/order`);
  const list = await getListForOrdering(id.data, user.id);
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
