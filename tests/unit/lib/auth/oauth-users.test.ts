import { describe, expect, it } from "vitest";

import { usernameCandidates } from "@/lib/auth/oauth-users";
import { USERNAME_PATTERN } from "@/lib/auth/schema";

describe("usernameCandidates", () => {
  it("slugs the suggested name, then numbers it from 2", () => {
    const candidates = usernameCandidates("Kon Satoshi!");
    expect(candidates).toHaveLength(21);
    expect(candidates.slice(0, 3)).toEqual(["kon-satoshi", "kon-satoshi-2", "kon-satoshi-3"]);
    expect(candidates.at(-1)).toBe("kon-satoshi-21");
    expect(new Set(candidates).size).toBe(candidates.length);
  });

  it.each([
    ["Ｏｂｓｉｄｉａｎ609", "obsidian609"],
    ["obsidian609", "obsidian609"],
    ["  --Mandatory  Network--  ", "mandatory-network"],
    ["kon_satoshi", "kon_satoshi"],
    ["a.b@c", "a-b-c"],
  ])("turns %j into %j", (suggested, first) => {
    expect(usernameCandidates(suggested)[0]).toBe(first);
  });

  it.each([
    ["", "user"],
    ["   ", "user"],
    ["!!!", "user"],
    ["今敏", "user"],
    ["Сатоси Кон", "user"],
    ["a", "a-user"],
    ["Al", "al-user"],
    ["--x--", "x-user"],
  ])("pads the empty or short name %j to %j", (suggested, first) => {
    const candidates = usernameCandidates(suggested);
    expect(candidates[0]).toBe(first);
    expect(candidates[1]).toBe(`${first}-2`);
  });

  it.each([
    "Kon Satoshi",
    "a".repeat(100),
    `${"b".repeat(27)} c`,
    "x",
    "",
    "今敏",
    "Ｅｄｉｔｏｒ",
    "a b c d e f g h i j k l m n o p",
  ])("offers only valid usernames for %j", (suggested) => {
    const candidates = usernameCandidates(suggested);
    expect(candidates).toHaveLength(21);
    for (const candidate of candidates) {
      expect(candidate).toMatch(USERNAME_PATTERN);
      expect(candidate.length).toBeLessThanOrEqual(32);
    }
  });

  it("cuts a long name so that numbered candidates still fit", () => {
    const candidates = usernameCandidates("a".repeat(100));
    expect(candidates[0]).toBe("a".repeat(28));
    expect(candidates.at(-1)).toBe(`${"a".repeat(28)}-21`);
  });
});
