import { NextResponse, type NextRequest } from "next/server";
import { BAD_FORM, isFormPost, lengthRefusal, targetRefusal, type Refusal } from "@/lib/http/request-checks";

/**
 * Malformed requests get a clear 4xx here, before routing: left to Next, a broken %-escape, an
 * oversize or unreadable form body each end as a 500 or the error page.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const refusal =
    targetRefusal(request.url) ?? (isFormPost(request.method, request.headers) ? await formRefusal(request) : null);
  if (!refusal) return NextResponse.next();
  if (new URL(request.url).pathname.startsWith("/api/")) {
    // The public API's error shape (lib/api/responses.ts).
    return Response.json(
      { error: { code: "bad_request", message: refusal.message } },
      { status: refusal.status, headers: { "Cache-Control": "no-store" } },
    );
  }
  return new Response(refusal.message, {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

async function formRefusal(request: NextRequest): Promise<Refusal | null> {
  const refusal = lengthRefusal(request.headers);
  if (refusal || !request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) return refusal;
  try {
    // The same parser Next's action handler uses for a form posted without JavaScript.
    await request.formData();
    return null;
  } catch {
    return BAD_FORM;
  }
}

export const config = {
  // Running the proxy costs every request it sees a fifth of a cached page's requests/s (half a static
  // file's), so reads of the pages most read skip it: Next's assets, images, static files, the home
  // page and entry pages, none of which reads its query. An address with an escape in it, and any
  // request with a body (a form posted to one of those pages too), never skips it.
  matcher: [
    "/((?!$|_next/|media/|favicon\\.ico$|icon\\.svg$|bench\\.txt$|robots\\.txt$|about$|(?:films|people|characters)/[^/%]+$).*)",
    { source: "/:path*", has: [{ type: "header", key: "content-type" }] },
  ],
};
