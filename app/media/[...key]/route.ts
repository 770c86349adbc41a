import { getCurrentUser } from "@/lib/auth/session";
import { mediaResponse } from "@/lib/images/serve";

type Context = { params: Promise<{ key: string[] }> };

/** Uploaded images by storage key: public once approved, until then their uploader's and moderators'. */
export async function GET(_request: Request, { params }: Context) {
  return mediaResponse((await params).key.join("/"), getCurrentUser);
}
