/** A licence as pages and JSON name it: a short name, its full title and its deed. */
export type Licence = { name: string; title: string; url: string; spdx: string };

// Declared once; pages, the API's Link header, the dump's header and the credits of imported
// works all read these.
export const LICENCES = {
  odbl: {
    name: "ODbL 1.0",
    title: "Open Data Commons Open Database License 1.0",
    url: "https://opendatacommons.org/licenses/odbl/1-0/",
    spdx: "ODbL-1.0",
  },
  ccBySa4: {
    name: "CC BY-SA 4.0",
    title: "Creative Commons Attribution-ShareAlike 4.0 International",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
    spdx: "CC-BY-SA-4.0",
  },
  ccBy4: {
    name: "CC BY 4.0",
    title: "Creative Commons Attribution 4.0 International",
    url: "https://creativecommons.org/licenses/by/4.0/",
    spdx: "CC-BY-4.0",
  },
} as const satisfies Record<string, Licence>;
