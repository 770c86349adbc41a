import type { Metadata } from "next";
import { NewEntryForm } from "@/components/submissions/new-entry-form";
import { requireUser } from "@/lib/auth/session";
import { proposeNewEntry } from "@/lib/submissions/new-entry-actions";

export const metadata: Metadata = { title: "Propose a new film", robots: { index: false } };

export default async function NewFilmRoute() {
  await requireUser("/films/new");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Propose a new film</h1>
      <NewEntryForm noun="film" action={proposeNewEntry.bind(null, "new-film")} cancelHref="/" />
    </div>
  );
}
