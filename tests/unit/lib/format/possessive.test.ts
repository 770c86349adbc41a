import { describe, expect, it } from "vitest";
import { possessive } from "@/lib/format/possessive";

describe("possessive", () => {
  it("adds the apostrophe alone to a name ending in s", () => {
    expect(possessive("Memories")).toBe("Memories'");
    expect(possessive("JAWS")).toBe("JAWS'");
  });

  it("adds 's to any other name", () => {
    expect(possessive("Akira")).toBe("Akira's");
    expect(possessive("Ghost in the Shell")).toBe("Ghost in the Shell's");
    expect(possessive("メモリーズ")).toBe("メモリーズ's");
  });
});
