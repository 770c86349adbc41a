import autocannon from "autocannon";
import type { CaseId } from "./result";

/** One benchmark case: the requests autocannon sends and what a good answer is. */
export type LoadCase = {
  id: CaseId;
  title: string;
  /** The path shown in the results (a pattern when `nextPath` varies it). */
  path: string;
  connections: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: Buffer;
  /** A fresh path for each request, for cases that must not repeat one. */
  nextPath?: () => string;
  /** 200, or 303 for a form posted without JavaScript. */
  expectedStatus: number;
  /** Stops after this many requests, if sooner than the duration: a case with only so many fresh paths. */
  maxRequests?: number;
  /** Reads each response's `x-nextjs-cache` (it makes autocannon keep bodies: single-connection cases only). */
  trackCache?: boolean;
};

export type LoadOutcome = {
  seconds: number;
  latencies: number[];
  statuses: Record<string, number>;
  errors: number;
  /** Each `x-nextjs-cache` value seen, when tracked; "none" for responses without one. */
  cacheHeaders: Record<string, number>;
};

const count = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Runs the case for `seconds` with autocannon, recording every response's status and latency. */
export async function runLoad(origin: string, loadCase: LoadCase, seconds: number): Promise<LoadOutcome> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const cacheHeaders: Record<string, number> = {};
  const { nextPath } = loadCase;
  const request: autocannon.Request = {
    method: loadCase.method ?? "GET",
    path: loadCase.path,
    headers: loadCase.headers,
    body: loadCase.body,
    ...(nextPath ? { setupRequest: (built) => ({ ...built, path: nextPath() }) } : {}),
    ...(loadCase.trackCache
      ? {
          onResponse: (_status, _body, _context, headers) => {
            const value = headers?.["x-nextjs-cache"];
            count(cacheHeaders, Array.isArray(value) ? value.join(",") : (value ?? "none"));
          },
        }
      : {}),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections: loadCase.connections,
        duration: seconds,
        ...(loadCase.maxRequests ? { amount: loadCase.maxRequests } : {}),
        timeout: 10,
        requests: [request],
      },
      (error: unknown, finished) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(finished),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      count(statuses, String(statusCode));
    });
  });
  return { seconds: result.duration, latencies, statuses, errors: result.errors, cacheHeaders };
}
