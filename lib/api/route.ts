import "server-only";
import { connection } from "next/server";
import type { z } from "zod";
import { ApiError } from "./errors";
import { parseQuery } from "./query";
import { errorResponse, jsonResponse, preflightResponse } from "./responses";

type Context<Params> = { params: Promise<Params> };

type GetEndpoint<Query, Params> = {
  /** A `z.strictObject` of the query parameters the endpoint takes (`NoQuerySchema` for none). */
  query: z.ZodType<Query>;
  /** The JSON body; throw an ApiError (or use `orNotFound`) to refuse the request. */
  load: (input: { query: Query; params: Params }) => Promise<unknown>;
};

/**
 * Every method handler of a read-only JSON endpoint, for a route file to re-export:
 * GET and HEAD answer with the body (or 304), OPTIONS answers CORS preflights, and the methods
 * that would change something answer 405. Nothing escapes as an HTML error page.
 */
export function readOnlyEndpoint<Query, Params = Record<string, never>>(endpoint: GetEndpoint<Query, Params>) {
  async function GET(request: Request, context: Context<Params>): Promise<Response> {
    await connection();
    try {
      const query = parseQuery(new URL(request.url).searchParams, endpoint.query);
      return jsonResponse(request, await endpoint.load({ query, params: await context.params }));
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, request);
      console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
      return errorResponse(new ApiError(500, "internal_error", "Something went wrong on our side."), request);
    }
  }
  async function methodNotAllowed(request: Request): Promise<Response> {
    const message = `${request.method} is not allowed here: the API is read-only.`;
    return errorResponse(new ApiError(405, "method_not_allowed", message));
  }
  async function OPTIONS(): Promise<Response> {
    return preflightResponse();
  }
  return {
    GET,
    HEAD: GET,
    OPTIONS,
    POST: methodNotAllowed,
    PUT: methodNotAllowed,
    PATCH: methodNotAllowed,
    DELETE: methodNotAllowed,
  };
}

/**
 * Every method handler for an address under the API that names no endpoint: a JSON 404 in the
 * API's error shape, where Next would answer its HTML not-found page.
 */
export function unknownEndpoint() {
  async function notFound(request: Request): Promise<Response> {
    const message = `No endpoint has the address ${new URL(request.url).pathname}.`;
    return errorResponse(new ApiError(404, "not_found", message), request);
  }
  return {
    GET: notFound,
    HEAD: notFound,
    OPTIONS: notFound,
    POST: notFound,
    PUT: notFound,
    PATCH: notFound,
    DELETE: notFound,
  };
}
