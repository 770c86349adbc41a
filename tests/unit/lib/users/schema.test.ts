import { describe, expect, it } from "vitest";
import { AccountDetailsSchema, DisplayNameSchema } from "@/lib/users/schema";

const messageOf = (input: string) => DisplayNameSchema.safeParse(input).error?.issues[0]?.message;

describe("a display name", () => {
  it("is kept as typed, folded to NFKC and trimmed", () => {
    expect(DisplayNameSchema.parse("  Ｍａｎｄａｔｏｒｙ Network ")).toBe("Mandatory Network");
    expect(DisplayNameSchema.parse("大友 克洋")).toBe("大友 克洋");
  });

  it("is refused empty, too long, or with control or formatting characters", () => {
    expect(messageOf("   ")).toBe("Give a display name.");
    expect(messageOf("x".repeat(65))).toBe("Display names are at most 64 characters long.");
    expect(messageOf("Otomo\u0007")).toMatch(/control or formatting/);
    expect(messageOf("Otomo\u202eomotO")).toMatch(/control or formatting/);
  });

  it("is the account form's only field", () => {
    expect(AccountDetailsSchema.safeParse({ displayName: "Kon", role: "ADMIN" }).success).toBe(false);
  });
});
