import { describe, expect, it } from "vitest";
import { countOf } from "@/lib/format/counts";

describe("countOf", () => {
  it("groups thousands and agrees the noun with the count", () => {
    expect(countOf(1, "item")).toBe("1 item");
    expect(countOf(0, "film")).toBe("0 films");
    expect(countOf(1000, "item")).toBe("1,000 items");
    expect(countOf(2, "person", "people")).toBe("2 people");
  });
});
