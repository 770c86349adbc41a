import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SectionEditor } from "@/components/submissions/section-editor";
import { requireUser } from "@/lib/auth/session";
import { getFilmPage } from "@/lib/films/queries";
import { submitPosterEdit } from "@/lib/images/actions";
import { submitEdit } from "@/lib/submissions/actions";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { isSectionId, SECTIONS } from "@/lib/submissions/sections";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string; section: string }> };

async function filmAndSection(params: Props["params"]) {
  const { slug, section } = await decodedParams(params);
  const film = await getFilmPage(slug);
  // People and characters have sections of their own, edited from their pages.
  return film && isSectionId(section) && SECTIONS[section].entityType === "FILM" ? { film, section } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const found = await filmAndSection(params);
  if (!found) return { title: "Nothing to edit here" };
  return { title: `Edit ${SECTIONS[found.section].title} — ${found.film.title}`, robots: { index: false } };
}

export default async function EditFilmSectionRoute({ params }: Props) {
  await connection();
  const found = await filmAndSection(params);
  if (!found) notFound();
  const { film, section } = found;
  await requireUser(`/films/${film.slug}/edit/${section}`);
  const editing = await getSectionForEditing(film.id, section);
  if (!editing) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">
        Edit {editing.title} — {film.title}
      </h1>
      <SectionEditor
        section={section}
        values={editing.values}
        choices={editing.choices}
        action={
          // A poster arrives as a file, which has its own action; every other section is text.
          section === "poster" ? submitPosterEdit.bind(null, film.id) : submitEdit.bind(null, film.id, section)
        }
        meta={{ summary: "", source: "", baseRevisionId: editing.baseRevisionId }}
        cancelHref={`/films/${film.slug}`}
      />
    </div>
  );
}
