import type { Metadata } from "next";
import { NewEntryForm } from "@/components/submissions/new-entry-form";
import { requireUser } from "@/lib/auth/session";
import { proposeNewEntry } from "@/lib/submissions/new-entry-actions";

export const metadata: Metadata = { title: "Propose a new studio", robots: { index: false } };

export default async function NewStudioRoute() {
  await requireUser("/studios/new");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Propose a new studio</h1>
      <NewEntryForm noun="studio" action={proposeNewEntry.bind(null, "new-studio")} cancelHref="/" />
    </div>
  );
}
