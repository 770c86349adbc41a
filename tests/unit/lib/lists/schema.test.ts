import { describe, expect, it } from "vitest";
import { AddFilmByTitleSchema, ListDetailsSchema, ListsPageSchema } from "@/lib/lists/schema";

describe("ListDetailsSchema", () => {
  it("trims, reads the ranked checkbox and keeps the visibility", () => {
    expect(
      ListDetailsSchema.parse({ title: "  Otomo  ", description: "", ranked: "on", visibility: "UNLISTED" }),
    ).toEqual({ title: "Otomo", description: "", ranked: true, visibility: "UNLISTED" });
    expect(ListDetailsSchema.parse({ title: "Otomo", visibility: "PUBLIC" }).ranked).toBe(false);
  });

  it("refuses an empty or overlong title, a long description and an unknown visibility", () => {
    const result = ListDetailsSchema.safeParse({
      title: "x".repeat(121),
      description: "y".repeat(2001),
      visibility: "SECRET",
    });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["title", "description", "visibility"]));
    expect(ListDetailsSchema.safeParse({ title: "   ", visibility: "PUBLIC" }).success).toBe(false);
    expect(ListDetailsSchema.safeParse({ title: "x".repeat(120), visibility: "PRIVATE" }).success).toBe(true);
  });
});

describe("the other list schemas", () => {
  it("needs a film title", () => {
    expect(AddFilmByTitleSchema.safeParse({ film: "  " }).success).toBe(false);
    expect(AddFilmByTitleSchema.parse({ film: " Akira " })).toEqual({ film: "Akira" });
  });

  it("falls back to the first page of the most liked lists", () => {
    expect(ListsPageSchema.parse({})).toEqual({ sort: "popular", page: 1 });
    expect(ListsPageSchema.parse({ sort: "recent", page: "3" })).toEqual({ sort: "recent", page: 3 });
    expect(ListsPageSchema.parse({ sort: "odd", page: "-1" })).toEqual({ sort: "popular", page: 1 });
  });
});
