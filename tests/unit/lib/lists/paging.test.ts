import { describe, expect, it } from "vitest";
import { listPageHref, listPageOf } from "@/lib/lists/paging";

describe("a list's pages", () => {
  it("puts 100 films on a page", () => {
    expect([1, 100, 101, 1000].map(listPageOf)).toEqual([1, 1, 2, 10]);
  });

  it("addresses the first page as the list itself, and adds any further parameters", () => {
    expect(listPageHref(7, 1)).toBe("/lists/7");
    expect(listPageHref(7, 3)).toBe("/lists/7?page=3");
    expect(listPageHref(7, 1, { moved: "12-up" })).toBe("/lists/7?moved=12-up");
    expect(listPageHref(7, 2, { moved: "12-down" })).toBe("/lists/7?page=2&moved=12-down");
  });
});
