import { imageStorage } from "@/lib/images/storage";

type Context = { params: Promise<{ key: string[] }> };

/** Uploaded images by storage key. Keys name their content, so a response never goes stale. */
export async function GET(_request: Request, { params }: Context) {
  const { key } = await params;
  const image = await imageStorage().get(key.join("/"));
  if (!image) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(Buffer.from(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
