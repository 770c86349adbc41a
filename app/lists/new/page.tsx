import type { Metadata } from "next";
import { ListDetailsForm } from "@/components/lists/list-details-form";
import { requireUser } from "@/lib/auth/session";
import { createListAction } from "@/lib/lists/actions";

export const metadata: Metadata = { title: "New list" };

export default async function NewListRoute() {
  await requireUser("/lists/new");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">New list</h1>
      <ListDetailsForm
        action={createListAction}
        initial={{ title: "", description: "", ranked: true, visibility: "PUBLIC" }}
        submitLabel="Create list"
      />
    </div>
  );
}
