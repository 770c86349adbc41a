import { describe, expect, it } from "vitest";

import { isReservedKey, nameKey, nameKeysOf } from "@/lib/users/names";

describe("nameKey", () => {
  it.each([
    ["admin", "admin"],
    ["ADMIN", "admin"],
    ["Ａｄｍｉｎ", "admin"],
    ["\uFEFFadmin", "admin"],
    ["ad\u200Bmin\u200D", "admin"],
    ["\u202Eadmin", "admin"],
    ["a\u00ADdmin", "admin"],
    ["  a d m i n  ", "admin"],
    ["a_d-m.i\u3000n", "admin"],
    ["Straße", "strasse"],
    ["Mandatory  Network", "mandatorynetwork"],
    ["mandatory-network", "mandatorynetwork"],
  ])("folds %j to %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("keeps what a reader does see", () => {
    expect(nameKey("今敏")).toBe("今敏");
    expect(nameKey("admin2")).not.toBe(nameKey("admin"));
    expect(nameKey("Kon Satoshi")).not.toBe(nameKey("Kon Satoshi!"));
  });
});

describe("reserved names", () => {
  it.each(["admin", "Administrator", "MOD", "Key Frame", "ｓｕｐｐｏｒｔ", "\uFEFFstaff", "System", "root"])(
    "reserves %j",
    (name) => {
      expect(isReservedKey(nameKey(name))).toBe(true);
    },
  );

  it.each(["editor", "admin-fan", "modern", "Kon Satoshi"])("leaves %j free", (name) => {
    expect(isReservedKey(nameKey(name))).toBe(false);
  });
});

describe("nameKeysOf", () => {
  it("gives a user's two names one key each, once when they fold alike, none for a name of separators", () => {
    expect(nameKeysOf("kon-satoshi", "Kon Satoshi")).toEqual(["konsatoshi"]);
    expect(nameKeysOf("kon", "Satoshi Kon")).toEqual(["kon", "satoshikon"]);
    expect(nameKeysOf("dots", "...")).toEqual(["dots"]);
  });
});
