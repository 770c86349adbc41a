import { describe, expect, it } from "vitest";
import { NO_NAMES } from "@/lib/submissions/display";
import { companies } from "@/lib/submissions/sections/companies/definition";
import { CompaniesValuesSchema, companyRowsFromForm } from "@/lib/submissions/sections/companies/schema";

/** Messages by input name, as the form shows them. */
function errorsOf(values: unknown) {
  const parsed = CompaniesValuesSchema.safeParse(values);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

const row = (fields: Partial<Record<"studio" | "role" | "region" | "segment", string>>) => ({
  studio: "madhouse",
  role: "ANIMATION_PRODUCTION",
  region: "",
  segment: "",
  ...fields,
});

describe("companies section", () => {
  it("reads the posted rows in their order, with the New studio tick, dropping empty rows", () => {
    const posted = {
      "companies.0.studio": "shochiku",
      "companies.0.role": "DISTRIBUTOR",
      "companies.0.region": "jp",
      "companies.0.segment": "",
      "companies.0.order": "2",
      "companies.1.studio": "Studio Unknown",
      "companies.1.newStudio": "on",
      "companies.1.role": "PRODUCTION",
      "companies.1.region": "",
      "companies.1.segment": "Stink Bomb",
      "companies.1.order": "1",
      "companies.2.studio": "",
      "companies.2.role": "",
      "companies.2.region": "",
      "companies.2.segment": "",
    };
    expect(CompaniesValuesSchema.parse(companies.fromForm(posted))).toEqual({
      companies: [
        { studio: "Studio Unknown", newStudio: true, role: "PRODUCTION", region: "", segment: "Stink Bomb" },
        { studio: "shochiku", role: "DISTRIBUTOR", region: "JP", segment: "" },
      ],
    });
    expect(companyRowsFromForm(posted)).toHaveLength(2);
  });

  it("refuses a distributor or licensor without a region, beside the region", () => {
    expect(
      errorsOf({
        companies: [row({ role: "DISTRIBUTOR" }), row({ role: "LICENSOR", region: "US" }), row({ role: "LICENSOR" })],
      }),
    ).toEqual({
      "companies.0.region": "A distributor or licensor acts in a region: give its two-letter code, such as JP or US.",
      "companies.2.region": "A distributor or licensor acts in a region: give its two-letter code, such as JP or US.",
    });
  });

  it("refuses a region that is not a two-letter ISO code, a role it does not know and an empty studio", () => {
    expect(
      errorsOf({
        companies: [row({ region: "Japan" }), row({ region: "XX" }), row({ role: "MAKER" }), row({ studio: " " })],
      }),
    ).toEqual({
      "companies.0.region": "Use a two-letter region code, such as JP or US.",
      "companies.1.region": "Use a two-letter region code, such as JP or US.",
      "companies.2.role": "Choose a role from the list.",
      "companies.3.studio": "Choose a studio, or clear the row to remove it.",
    });
  });

  it("takes a region for the other roles too, and none at all", () => {
    expect(errorsOf({ companies: [row({ region: "fr" }), row({ role: "PRODUCTION" })] })).toEqual({});
  });

  it("reads in diffs as studio, role, region and segment, names by slug shown as names", () => {
    const line = companies.display!.companies!.line;
    const names = { ...NO_NAMES, studios: { "studio-4c": "Studio 4°C" } };
    expect(
      line({ studio: "studio-4c", role: "ANIMATION_PRODUCTION", region: "", segment: "Magnetic Rose" }, 0, names),
    ).toBe("Studio 4°C — Animation production (Magnetic Rose)");
    expect(
      line({ studio: "Shochiku", newStudio: true, role: "DISTRIBUTOR", region: "JP", segment: "" }, 0, names),
    ).toBe("Shochiku (new studio) — Distributor, Japan");
  });

  it("tells rows apart by studio, role, region and segment", () => {
    const key = companies.rowKey!.companies!;
    const base = { studio: "shochiku", role: "DISTRIBUTOR", region: "JP", segment: "" } as const;
    expect(key(base)).toBe(key({ ...base, studio: "Shochiku" }));
    expect(key(base)).not.toBe(key({ ...base, region: "US" }));
  });
});
