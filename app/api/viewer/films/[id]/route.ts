import { connection } from "next/server";
import { z } from "zod";
import { getFilmViewer } from "@/lib/viewer/queries";
import { privateJson } from "@/lib/viewer/responses";

const FilmIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = FilmIdSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "No such film." }, { status: 404 });
  return privateJson(await getFilmViewer(id.data));
}
