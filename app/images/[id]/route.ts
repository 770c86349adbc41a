import { getThumbnailPath } from "@/lib/images/queries";

type Context = { params: Promise<{ id: string }> };

/** An image by id, as its thumbnail: a diff of the poster section knows only the image's id. */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  // Ids are PostgreSQL integers; anything else is no image rather than a failing query.
  const path = /^[1-9]\d{0,9}$/.test(id) && Number(id) <= 2_147_483_647 ? await getThumbnailPath(Number(id)) : null;
  if (!path) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(null, { status: 307, headers: { Location: path } });
}
