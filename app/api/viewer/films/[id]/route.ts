import { connection } from "next/server";
import { parseId } from "@/lib/ids";
import { getFilmViewer } from "@/lib/viewer/queries";
import { privateJson } from "@/lib/viewer/responses";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseId((await params).id);
  if (id === null) {
    return Response.json(
      { error: "A film id is a whole number from 1 to 2147483647." },
      { status: 400, headers: { "Cache-Control": "private, no-store" } },
    );
  }
  return privateJson(await getFilmViewer(id));
}
