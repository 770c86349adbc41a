import { describe, expect, it } from "vitest";
import { searchPaths } from "../../../scripts/bench/http/cases";
import { decodeHtml, multipartBody, parsePostForm, withValues } from "../../../scripts/bench/http/edit-form";
import type { CaseResult } from "../../../scripts/bench/http/result";
import { formatMemory, formatNodeComparison, formatResultsTable, formatSoak } from "../../../scripts/bench/http/table";
import type { CatalogueManifest } from "../../../scripts/bench/catalogue/manifest";

const result = (overrides: Partial<CaseResult>): CaseResult => ({
  id: "static",
  title: "static file",
  path: "/bench.txt",
  connections: 50,
  seconds: 10,
  requests: 64000,
  requestsPerSecond: 6400,
  latencyMs: { p50: 6.2, p99: 25.04, mean: 7, max: 40 },
  errors: 0,
  unexpected: 0,
  statuses: { "200": 64000 },
  cache: null,
  rssMbAtEnd: 200,
  ratioToStatic: 1,
  ratioToAbout: 3,
  notes: [],
  ...overrides,
});

describe("the results table", () => {
  it("lines up one row per case under its header, with ratios as percentages and targets marked", () => {
    const table = formatResultsTable(
      [
        result({}),
        result({
          id: "film-cached",
          title: "film page, cached",
          requestsPerSecond: 1912.44,
          latencyMs: { p50: 24.9, p99: 131.25, mean: 30, max: 200 },
          errors: 2,
          unexpected: 3,
          cache: "HIT",
          ratioToStatic: 0.2988,
          ratioToAbout: 0.956,
        }),
        result({
          id: "search",
          title: "search",
          ratioToAbout: null,
          latencyMs: { p50: null, p99: null, mean: null, max: null },
        }),
      ],
      [{ id: "film-cached", target: "", met: false, measured: "" }],
    );
    expect(table.split("\n")).toEqual([
      "case               conns   req/s  p50 ms  p99 ms  failed  vs static  vs /about  cache  target",
      "-----------------  -----  ------  ------  ------  ------  ---------  ---------  -----  ------",
      "static file           50  6400.0     6.2    25.0       0       100%       300%  —",
      "film page, cached     50  1912.4    24.9   131.3       5        30%        96%  HIT    ✗",
      "search                50  6400.0       —       —       0       100%          —  —",
    ]);
  });

  it("reads memory and a soak in megabytes", () => {
    expect(formatMemory({ startMb: 126.4, endMb: 540.2, peakMb: 683.9 })).toBe(
      "next-server RSS: start 126 MB, end 540 MB, peak 684 MB",
    );
    expect(formatSoak(300, { afterWarmUpMb: 500, endMb: 520, peakMb: 610, growth: 0.04, steady: true })).toBe(
      "Soak (300 s of the cached film page): RSS falls back to 500 MB after warm-up and to 520 MB by the end (+4.0%), peak 610 MB: steady",
    );
  });
});

describe("the Node comparison", () => {
  const about = (rate: number, p99: number) =>
    result({ id: "about", title: "/about (prerendered)", requestsPerSecond: rate, latencyMs: { ...latency, p99 } });
  const film = (rate: number, p99: number, ratioToAbout: number) =>
    result({
      id: "film-cached",
      title: "film page, cached",
      requestsPerSecond: rate,
      latencyMs: { ...latency, p99 },
      ratioToAbout,
    });
  const latency = { p50: 10, p99: 0, mean: 12, max: 50 };

  it("puts each case's req/s and p99 under every Node side by side, then the cached film page against /about", () => {
    const table = formatNodeComparison([
      { label: "20", version: "v20.20.2", results: [about(1500, 80.04), film(1200, 120, 0.8)] },
      { label: "24", version: "v24.22.3", results: [about(1650, 70), film(1600.56, 90.5, 0.97)] },
    ]);
    expect(table.split("\n")).toEqual([
      "case                  req/s 20  p99 ms 20  req/s 24  p99 ms 24  24 vs 20",
      "--------------------  --------  ---------  --------  ---------  --------",
      "/about (prerendered)    1500.0       80.0    1650.0       70.0      110%",
      "film page, cached       1200.0      120.0    1600.6       90.5      133%",
      "",
      "Cached film page vs /about: Node 20 (v20.20.2) 80%, Node 24 (v24.22.3) 97%",
    ]);
  });

  it("leaves a blank where a case did not run under a Node", () => {
    const table = formatNodeComparison([
      { label: "a", version: "v20.0.0", results: [about(1000, 10)] },
      { label: "b", version: "v24.0.0", results: [] },
    ]);
    expect(table.split("\n")[2]).toBe("/about (prerendered)   1000.0      10.0        —         —       —");
    expect(table).toContain("Node a (v20.0.0) —, Node b (v24.0.0) —");
  });
});

describe("the no-JavaScript edit form", () => {
  const page = `
    <form role="search" action="/search" method="get"><input name="q" value=""/></form>
    <form class="space-y-6" noValidate="" action="" encType="multipart/form-data" method="POST">
      <input type="hidden" name="$ACTION_REF_1"/>
      <input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;78cf&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>
      <input type="hidden" name="$ACTION_1:1" value="[23,&quot;description&quot;,null]"/>
      <textarea id="field-deck" name="deck" rows="3">
A deck &amp; more</textarea>
      <input type="checkbox" name="ticked" checked=""/>
      <input type="checkbox" name="unticked"/>
      <input id="field-summary" required="" name="summary" value=""/>
      <button type="submit">Save Changes</button>
    </form>`;

  it("posts what a browser would: hidden action fields, inputs and text areas in document order", () => {
    expect(parsePostForm(page, "summary")).toEqual([
      { name: "$ACTION_REF_1", value: "" },
      { name: "$ACTION_1:0", value: '{"id":"78cf","bound":"$@1"}' },
      { name: "$ACTION_1:1", value: '[23,"description",null]' },
      { name: "deck", value: "A deck & more" },
      { name: "ticked", value: "on" },
      { name: "summary", value: "" },
    ]);
  });

  it("finds no form without the field it is asked for, and refuses unknown fields", () => {
    expect(() => parsePostForm(page, "description")).toThrow(/no POST form/);
    expect(() => withValues(parsePostForm(page, "summary"), { title: "x" })).toThrow(/no field named "title"/);
  });

  it("decodes named and numeric entities", () => {
    expect(decodeHtml("&lt;b&gt; &#x27;a&#39; &quot;&amp;&unknown;")).toBe(`<b> 'a' "&&unknown;`);
  });

  it("encodes the fields as multipart/form-data", () => {
    const { body, contentType } = multipartBody(
      withValues(
        [
          { name: "summary", value: "" },
          { name: "deck", value: "one\ntwo" },
        ],
        { summary: "Bench" },
      ),
      "BOUNDARY",
    );
    expect(contentType).toBe("multipart/form-data; boundary=BOUNDARY");
    expect(body.toString()).toBe(
      '--BOUNDARY\r\nContent-Disposition: form-data; name="summary"\r\n\r\nBench\r\n' +
        '--BOUNDARY\r\nContent-Disposition: form-data; name="deck"\r\n\r\none\r\ntwo\r\n--BOUNDARY--\r\n',
    );
  });
});

describe("the search case", () => {
  it("cycles through the manifest's queries, each encoded in the address", () => {
    const next = searchPaths({
      search: {
        exactTitles: ["Kuro no Toki"],
        misspelledTitle: { query: "Kuro no Tkoi", intended: "Kuro no Toki" },
        nativeTitle: "青い魔法",
        alias: "A & B",
        partialPersonName: "Tamura",
      },
    } as CatalogueManifest);
    const paths = Array.from({ length: 6 }, next);
    expect(paths).toEqual([
      "/search?q=Kuro%20no%20Toki",
      "/search?q=Kuro%20no%20Tkoi",
      `/search?q=${encodeURIComponent("青い魔法")}`,
      "/search?q=A%20%26%20B",
      "/search?q=Tamura",
      "/search?q=Kuro%20no%20Toki",
    ]);
  });
});
