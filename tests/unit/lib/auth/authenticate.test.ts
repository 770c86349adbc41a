import { describe, expect, it } from "vitest";

import { clientAddressOf } from "@/lib/auth/authenticate";

describe("clientAddressOf", () => {
  it("takes the first x-forwarded-for entry, trimmed", () => {
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1, 10.0.0.2" }))).toBe("203.0.113.7");
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "  2001:db8::1  " }))).toBe("2001:db8::1");
  });

  it("prefers x-forwarded-for to x-real-ip", () => {
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "198.51.100.1" }))).toBe(
      "203.0.113.7",
    );
  });

  it("falls back to x-real-ip when x-forwarded-for is missing or its first entry is empty", () => {
    expect(clientAddressOf(new Headers({ "x-real-ip": "198.51.100.1" }))).toBe("198.51.100.1");
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "", "x-real-ip": "198.51.100.1" }))).toBe("198.51.100.1");
    expect(clientAddressOf(new Headers({ "x-forwarded-for": " , 10.0.0.1", "x-real-ip": "198.51.100.1" }))).toBe(
      "198.51.100.1",
    );
  });

  it('answers "unknown" without either header', () => {
    expect(clientAddressOf(new Headers())).toBe("unknown");
    expect(clientAddressOf(new Headers({ "x-forwarded-for": " " }))).toBe("unknown");
  });
});
