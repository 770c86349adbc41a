import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { NoQuerySchema, parseQuery } from "@/lib/api/query";

const SearchSchema = z.strictObject({
  q: z.string().trim().min(1, "Give a search term."),
  page: z.coerce.number().int().positive().default(1),
});

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the query to be refused");
}

describe("parseQuery", () => {
  it("accepts an empty query when the endpoint takes none", () => {
    expect(parseQuery(new URLSearchParams(""), NoQuerySchema)).toEqual({});
  });

  it("refuses any parameter of an endpoint that takes none, by name", () => {
    const error = refusal(() => parseQuery(new URLSearchParams("fields=title"), NoQuerySchema));
    expect(error).toMatchObject({ status: 400, code: "bad_request", parameter: "fields" });
    expect(error.message).toBe('Unknown query parameter "fields".');
  });

  it("refuses a parameter given without a value", () => {
    expect(refusal(() => parseQuery(new URLSearchParams("debug"), NoQuerySchema)).parameter).toBe("debug");
  });

  it("parses and coerces the parameters a schema declares", () => {
    expect(parseQuery(new URLSearchParams("q=akira&page=2"), SearchSchema)).toEqual({ q: "akira", page: 2 });
    expect(parseQuery(new URLSearchParams("q=akira"), SearchSchema)).toEqual({ q: "akira", page: 1 });
  });

  it("names an unknown parameter beside known ones", () => {
    expect(refusal(() => parseQuery(new URLSearchParams("q=akira&sort=year"), SearchSchema)).message).toBe(
      'Unknown query parameter "sort".',
    );
  });

  it("names an invalid parameter with the schema's reason", () => {
    const error = refusal(() => parseQuery(new URLSearchParams("q=%20"), SearchSchema));
    expect(error).toMatchObject({ status: 400, parameter: "q" });
    expect(error.message).toBe('Query parameter "q" is invalid: Give a search term.');
  });

  it("names a missing required parameter", () => {
    expect(refusal(() => parseQuery(new URLSearchParams("page=2"), SearchSchema)).parameter).toBe("q");
  });

  it("refuses a parameter given twice", () => {
    const error = refusal(() => parseQuery(new URLSearchParams("q=a&q=b"), SearchSchema));
    expect(error).toMatchObject({ status: 400, parameter: "q" });
    expect(error.message).toBe('Query parameter "q" is given more than once.');
  });

  it("calls a repeated unknown parameter unknown rather than repeated", () => {
    expect(refusal(() => parseQuery(new URLSearchParams("x=1&x=2"), NoQuerySchema)).message).toBe(
      'Unknown query parameter "x".',
    );
  });
});
