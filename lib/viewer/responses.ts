/** Personal answers: never stored by a browser's shared cache or a proxy. */
export function privateJson(body: unknown): Response {
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
