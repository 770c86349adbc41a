import { describe, expect, it } from "vitest";
import { readableKey, sectionTitle } from "@/lib/submissions/section-title";

describe("sectionTitle", () => {
  it("names sections, proposed entries and seeded sections in words", () => {
    expect(sectionTitle("general")).toBe("General Information");
    expect(sectionTitle("new-film")).toBe("New film");
    expect(sectionTitle("new-character")).toBe("New character");
    expect(sectionTitle("releaseDates")).toBe("Release dates");
  });
});

describe("readableKey", () => {
  it("splits camel case, dashes and underscores into a capitalised phrase", () => {
    expect(readableKey("nativeTitle")).toBe("Native title");
    expect(readableKey("voice_credits")).toBe("Voice credits");
    expect(readableKey("new-thing")).toBe("New thing");
  });
});
