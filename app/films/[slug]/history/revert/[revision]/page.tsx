import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { RevertConfirmView } from "@/components/revisions/revert-confirm-view";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { getHistoryFilm, getRevertPreview, RevisionIdParamSchema } from "@/lib/revisions/queries";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string; revision: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, revision } = await decodedParams(params);
  const film = await getHistoryFilm(slug);
  return {
    title: film ? `Revert ${film.title} to revision ${revision}` : "Film not found",
    robots: { index: false },
  };
}

export default async function RevertRevisionRoute({ params }: Props) {
  const { slug, revision } = await decodedParams(params);
  const user = await requireUser(`/films/${encodeURIComponent(slug)}/history/revert/${encodeURIComponent(revision)}`);
  if (!can(user, "revision:revert")) forbidden();
  const film = await getHistoryFilm(slug);
  const revisionId = RevisionIdParamSchema.safeParse(revision);
  if (!film || !revisionId.success) notFound();
  const preview = await getRevertPreview(film.id, revisionId.data);
  if (!preview) notFound();
  return <RevertConfirmView film={film} preview={preview} />;
}
