import { describe, expect, it } from "vitest";
import { links } from "@/lib/submissions/sections/links/definition";
import { LinksValuesSchema, linkRowsFromForm } from "@/lib/submissions/sections/links/schema";

/** Messages by input name, as the form shows them. */
function errorsOf(values: unknown) {
  const parsed = LinksValuesSchema.safeParse(values);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("links section", () => {
  it("reads the posted rows in order, dropping rows without an id", () => {
    const posted = {
      "links.2.site": "anidb",
      "links.2.id": " 262 ",
      "links.0.site": "mal",
      "links.0.id": "1462",
      "links.1.site": "tmdb",
      "links.1.id": "",
    };
    expect(linkRowsFromForm(posted)).toEqual([
      { site: "mal", id: "1462" },
      { site: "anidb", id: " 262 " },
    ]);
    expect(LinksValuesSchema.parse(links.fromForm(posted))).toEqual({
      links: [
        { site: "mal", id: "1462" },
        { site: "anidb", id: "262" },
      ],
    });
  });

  it("marks an id that does not fit its site beside that row", () => {
    expect(
      errorsOf({
        links: [
          { site: "mal", id: "1462" },
          { site: "tmdb", id: "42994" },
        ],
      }),
    ).toEqual({ "links.1.id": "A TMDB id is movie/ or tv/ and a number, such as movie/42994." });
  });

  it("marks the same link given twice, but not one id on two sites", () => {
    expect(
      errorsOf({
        links: [
          { site: "mal", id: "1462" },
          { site: "anilist", id: "1462" },
          { site: "mal", id: "1462" },
        ],
      }),
    ).toEqual({ "links.2.id": "This link is listed twice." });
  });

  it("refuses a site it does not know", () => {
    expect(errorsOf({ links: [{ site: "imdb", id: "tt0113799" }] })).toEqual({
      "links.0.site": "Choose the site this link goes to.",
    });
  });

  it("tells rows apart by site and id, and shows them by the site's name", () => {
    expect(links.rowKey?.links?.({ site: "tmdb", id: "movie/42994" })).toBe("tmdb:movie/42994");
    expect(
      links.display?.links?.line({ site: "bangumi", id: "3627" }, 0, {
        people: {},
        characters: {},
        films: {},
        studios: {},
      }),
    ).toBe("Bangumi: 3627");
  });
});
