import { describe, expect, it } from "vitest";
import { LICENCE_LINK, jsonResponse, errorResponse } from "@/lib/api/responses";
import { ApiError } from "@/lib/api/errors";
import { sourceCredits } from "@/lib/sources/credits";
import { KEYFRAME_LICENCES, OUTSIDE_SOURCES } from "@/lib/sources/declared";
import { installedLicence, installedSources, installedVersion } from "@/lib/sources/installed";

describe("Keyframe's licences", () => {
  it("are ODbL 1.0 for the database and CC BY-SA 4.0 for wiki text", () => {
    expect(KEYFRAME_LICENCES.database.licence).toMatchObject({
      name: "ODbL 1.0",
      url: "https://opendatacommons.org/licenses/odbl/1-0/",
      spdx: "ODbL-1.0",
    });
    expect(KEYFRAME_LICENCES.text.licence).toMatchObject({
      name: "CC BY-SA 4.0",
      url: "https://creativecommons.org/licenses/by-sa/4.0/",
      spdx: "CC-BY-SA-4.0",
    });
    expect(KEYFRAME_LICENCES.text.covers).toMatch(/descriptions, decks, biographies/);
  });

  it("are named on every API answer, errors included, in a Link header scripts may read", () => {
    expect(LICENCE_LINK).toBe(
      '<https://opendatacommons.org/licenses/odbl/1-0/>; rel="license"; title="ODbL 1.0", ' +
        '<https://creativecommons.org/licenses/by-sa/4.0/>; rel="license"; title="CC BY-SA 4.0"',
    );
    const request = new Request("https://keyframe.example/api/v1/films/memories");
    for (const response of [
      jsonResponse(request, { slug: "memories" }),
      errorResponse(new ApiError(404, "not_found", "No film.")),
    ]) {
      expect(response.headers.get("Link")).toBe(LICENCE_LINK);
      expect(response.headers.get("Access-Control-Expose-Headers")).toContain("Link");
    }
  });
});

describe("outside sources", () => {
  it("credit bangumi-data under the licence its installed package declares, at the installed version", () => {
    expect(OUTSIDE_SOURCES["bangumi-data"].licence.spdx).toBe(installedLicence("bangumi-data"));
    expect(installedVersion("bangumi-data")).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installedSources()).toEqual([
      expect.objectContaining({
        id: "bangumi-data",
        name: "bangumi-data",
        url: "https://github.com/bangumi-data/bangumi-data",
        version: installedVersion("bangumi-data"),
      }),
    ]);
  });

  it("give one credit per source and version, in the order imported, and none for an undeclared source", () => {
    const credits = sourceCredits([
      { source: "bangumi-data", version: "0.3.208" },
      { source: "somewhere-else", version: "1" },
      { source: "bangumi-data", version: "0.3.209" },
      { source: "bangumi-data", version: "0.3.208" },
    ]);
    expect(credits.map((credit) => `${credit.name} ${credit.version} ${credit.licence}`)).toEqual([
      "bangumi-data 0.3.208 CC BY 4.0",
      "bangumi-data 0.3.209 CC BY 4.0",
    ]);
    expect(credits[0]).toEqual({
      name: "bangumi-data",
      url: "https://github.com/bangumi-data/bangumi-data",
      licence: "CC BY 4.0",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
      version: "0.3.208",
    });
  });
});
