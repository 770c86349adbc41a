import { describe, expect, it } from "vitest";
import { LINK_SITE_IDS, linkIdProblem, linkSiteLabel, linkUrl, type LinkSite } from "@/lib/links/sites";

describe("link sites", () => {
  it.each<[LinkSite, string, string]>([
    ["mal", "1462", "https://myanimelist.net/anime/1462"],
    ["anilist", "1462", "https://anilist.co/anime/1462"],
    ["anidb", "262", "https://anidb.net/anime/262"],
    ["ann", "1476", "https://www.animenewsnetwork.com/encyclopedia/anime.php?id=1476"],
    ["tmdb", "movie/42994", "https://www.themoviedb.org/movie/42994"],
    ["tmdb", "tv/1429", "https://www.themoviedb.org/tv/1429"],
    ["wikidata", "Q1165437", "https://www.wikidata.org/wiki/Q1165437"],
    ["bangumi", "3627", "https://bgm.tv/subject/3627"],
    ["official", "https://www.memories-movie.jp/", "https://www.memories-movie.jp/"],
  ])("accepts %s id %s and links to %s", (site, id, url) => {
    expect(linkIdProblem(site, id)).toBeNull();
    expect(linkUrl(site, id)).toBe(url);
  });

  it.each<[LinkSite, string, RegExp]>([
    ["mal", "0", /MyAnimeList ids are whole numbers/],
    ["mal", "-3", /whole number/],
    ["mal", "12a", /whole number/],
    ["mal", "https://myanimelist.net/anime/1462", /whole number/],
    ["anidb", "1.5", /AniDB ids are whole numbers/],
    ["tmdb", "42994", /movie\/ or tv\//],
    ["tmdb", "person/42994", /movie\/ or tv\//],
    ["wikidata", "1165437", /Q and a number/],
    ["wikidata", "q1165437", /Q and a number/],
    ["bangumi", "subject/3627", /Bangumi ids are whole numbers/],
    ["official", "www.example.com", /http:\/\/ or https:\/\//],
    ["official", "javascript:alert(1)", /http:\/\/ or https:\/\//],
    ["official", "https://exa mple.com", /http:\/\/ or https:\/\//],
  ])("refuses %s id %s", (site, id, message) => {
    expect(linkIdProblem(site, id)).toMatch(message);
  });

  it("names every site for readers", () => {
    expect(LINK_SITE_IDS.map(linkSiteLabel)).toEqual([
      "MyAnimeList",
      "AniList",
      "AniDB",
      "Anime News Network",
      "TMDB",
      "Wikidata",
      "Bangumi",
      "Official site",
    ]);
  });
});
