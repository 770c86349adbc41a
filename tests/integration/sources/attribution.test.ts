import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { FilmSources } from "@/components/films/film-sources";
import { getFilmJson } from "@/lib/api/entries";
import { getFilmPage } from "@/lib/films/queries";
import { sourceCredits } from "@/lib/sources/credits";
import { installedVersion } from "@/lib/sources/installed";
import { installQueryCounter } from "../../support/query-counter";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();
let counter: ReturnType<typeof installQueryCounter>;

beforeAll(() => {
  counter = installQueryCounter(database.url);
});

describe("a work imported from bangumi-data", () => {
  it("credits nothing before any import, and reads its imports without a query per row", async () => {
    const before = await counter.count(() => getFilmPage("memories"));
    expect(before.result?.imports).toEqual([]);
    expect((await getFilmJson("memories"))?.sources).toEqual([]);
    expect(renderToStaticMarkup(createElement(FilmSources, { credits: sourceCredits([]) }))).toBe("");

    const memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" } });
    await database.prisma.importedWork.create({
      data: { source: "bangumi-data", key: "1462", filmId: memories.id, values: {}, version: installedVersion("bangumi-data") },
    });
    const after = await counter.count(() => getFilmPage("memories"));
    expect(after.queries).toBe(before.queries);
  });

  it("names the source, its version and licence, with links, on the page and in its JSON", async () => {
    const version = installedVersion("bangumi-data");
    const film = await getFilmPage("memories");
    const html = renderToStaticMarkup(createElement(FilmSources, { credits: sourceCredits(film!.imports) }));
    expect(html.replace(/<[^>]+>/g, "")).toBe(`Includes data from bangumi-data ${version} (CC BY 4.0).`);
    expect(html).toContain('<a href="https://github.com/bangumi-data/bangumi-data"');
    expect(html).toContain('<a href="https://creativecommons.org/licenses/by/4.0/" rel="license"');
    expect((await getFilmJson("memories"))?.sources).toEqual([
      {
        name: "bangumi-data",
        url: "https://github.com/bangumi-data/bangumi-data",
        licence: "CC BY 4.0",
        licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
        version,
      },
    ]);
  });
});
