import { describe, expect, it } from "vitest";
import { countOf, nounFor } from "@/lib/format/counts";

describe("countOf", () => {
  it("groups thousands and agrees the noun with the count", () => {
    expect(countOf(1, "item")).toBe("1 item");
    expect(countOf(0, "film")).toBe("0 films");
    expect(countOf(1000, "item")).toBe("1,000 items");
    expect(countOf(2, "person", "people")).toBe("2 people");
  });
});

describe("nounFor", () => {
  it("takes the singular for one only, as English's plural rules say", () => {
    expect(nounFor(1, "film")).toBe("film");
    expect(nounFor(0, "film")).toBe("films");
    expect(nounFor(21, "film")).toBe("films");
    expect(nounFor(1.5, "film")).toBe("films");
    expect(nounFor(1, "person", "people")).toBe("person");
    expect(nounFor(3, "awaits", "await")).toBe("await");
  });
});
