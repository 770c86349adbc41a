import { describe, expect, it } from "vitest";
import { ENTRY_KINDS, entryHref, entryKind, entryKindByKey } from "@/lib/entries/kinds";
import { cacheTags } from "@/lib/cache/tags";
import { WIKI_LINK_KINDS } from "@/lib/wiki/links";

describe("the entry registry", () => {
  it("gives each kind's page address, with the slug escaped", () => {
    expect(entryHref("FILM", "memories")).toBe("/films/memories");
    expect(entryHref("PERSON", "satoshi-kon")).toBe("/people/satoshi-kon");
    expect(entryHref("CHARACTER", "a b")).toBe("/characters/a%20b");
    expect(entryHref("STUDIO", "studio-4c")).toBe("/studios/studio-4c");
  });

  it("holds studios, known as `studio` and listed under /studios", () => {
    expect(entryKindByKey("studio")).toBe(ENTRY_KINDS.STUDIO);
    expect(entryKind("STUDIO")).toMatchObject({ noun: "studio", plural: "studios", path: "/studios" });
    expect(cacheTags.studio("madhouse")).toBe("studio:madhouse");
  });

  it("finds a kind by the key wiki links and search results use", () => {
    expect(entryKindByKey("person")).toBe(ENTRY_KINDS.PERSON);
    expect(entryKind("CHARACTER").plural).toBe("characters");
  });

  it("names every kind by a key that wiki links and cache tags both know", () => {
    for (const kind of Object.values(ENTRY_KINDS)) {
      expect(WIKI_LINK_KINDS).toContain(kind.key);
      expect(cacheTags[kind.key]("x")).toBe(`${kind.key}:x`);
    }
  });
});
