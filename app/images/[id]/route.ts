import { getCurrentUser } from "@/lib/auth/session";
import { thumbnailRedirect } from "@/lib/images/serve";

type Context = { params: Promise<{ id: string }> };

/** An image by id, as its thumbnail: a diff of the poster section knows only the image's id. */
export async function GET(_request: Request, { params }: Context) {
  return thumbnailRedirect((await params).id, getCurrentUser);
}
