import { describe, expect, it } from "vitest";

import { isCommonPassword } from "@/lib/auth/common-passwords";

describe("isCommonPassword", () => {
  it.each(["password123", "qwertyuiop", "1234567890", "PASSWORD123", "QwertyUiop"])("finds %j common", (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each(["memories-1995", "perfect-blue-1997", "kon satoshi tokyo godfathers", ""])(
    "does not find %j common",
    (password) => {
      expect(isCommonPassword(password)).toBe(false);
    },
  );
});
