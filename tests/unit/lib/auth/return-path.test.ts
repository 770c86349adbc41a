import { describe, expect, it } from "vitest";
import { returnPathOf, withReturnPath } from "@/lib/auth/return-path";

describe("where signing in from a page returns to", () => {
  it("is the page itself, with its query", () => {
    expect(returnPathOf("/films/memories", "")).toBe("/films/memories");
    expect(returnPathOf("/films", "?letter=A&page=2")).toBe("/films?letter=A&page=2");
    expect(returnPathOf("/account", "")).toBe("/account");
  });

  it("is the place a page names in its own callbackUrl", () => {
    expect(returnPathOf("/sign-in", "?callbackUrl=%2Ffilms%2Fakira")).toBe("/films/akira");
    expect(returnPathOf("/register", "?callbackUrl=/lists/new")).toBe("/lists/new");
    expect(returnPathOf("/account", "?callbackUrl=%2Ffilms%2Fmemories%3Ftab%3Dcast")).toBe("/films/memories?tab=cast");
  });

  it("is the home page from the sign-in and registration pages when they name no place", () => {
    expect(returnPathOf("/sign-in", "")).toBe("/");
    expect(returnPathOf("/register", "?error=x")).toBe("/");
  });

  it.each([
    "//evil.example",
    "https://evil.example",
    "http://evil.example/films",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/.//evil.example",
    "javascript:alert(1)",
    "evil.example",
  ])("is the home page when a page names %j", (callbackUrl) => {
    const search = `?${new URLSearchParams({ callbackUrl })}`;
    expect(returnPathOf("/sign-in", search)).toBe("/");
    expect(returnPathOf("/account", search)).toBe("/");
  });

  it("is the home page when the page's own path would leave the site", () => {
    expect(returnPathOf("//evil.example/films", "")).toBe("/");
    expect(returnPathOf("/\\evil.example", "")).toBe("/");
  });
});

describe("the link to sign in, register or the account page", () => {
  it("carries the place to return to, encoded", () => {
    expect(withReturnPath("/sign-in", "/films/memories")).toBe("/sign-in?callbackUrl=%2Ffilms%2Fmemories");
    expect(withReturnPath("/register", "/films?letter=A&page=2")).toBe(
      "/register?callbackUrl=%2Ffilms%3Fletter%3DA%26page%3D2",
    );
    expect(withReturnPath("/account", "/lists/7")).toBe("/account?callbackUrl=%2Flists%2F7");
  });

  it("is the plain page when the place is the home page, where signing in returns anyway", () => {
    expect(withReturnPath("/sign-in", "/")).toBe("/sign-in");
  });
});
