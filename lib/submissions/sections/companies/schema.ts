import { z } from "zod";
import { CompanyRole } from "@/lib/generated/prisma/enums";
import { isKnownRegion } from "@/lib/format/labels";
import { textField } from "@/lib/forms/text";
import { byOrderInput } from "@/lib/forms/ordering";
import { postedRows, rowNames } from "@/lib/forms/numbered-rows";
import type { NamedEntry } from "@/lib/search/entry-summary";
import { episodeField, rowList, withEpisode } from "../shared-schema";
import type { WorkPartChoices } from "../work-parts";

/** Roles in the order the form offers them and the work's page groups them. */
export const COMPANY_ROLES = [
  CompanyRole.ANIMATION_PRODUCTION,
  CompanyRole.PRODUCTION,
  CompanyRole.DISTRIBUTOR,
  CompanyRole.LICENSOR,
] as const;

/** Roles that are always somewhere: a distributor or licensor acts in one region. */
const REGIONAL_ROLES: ReadonlySet<string> = new Set([CompanyRole.DISTRIBUTOR, CompanyRole.LICENSOR]);

/**
 * A studio's part in the work: the studio by slug (or its name as typed, or with `newStudio` the
 * name of one to create), its role, the region it acts in (ISO 3166-1 alpha-2; empty for
 * everywhere), and the part of the work it is credited for (a segment's title or an episode's code;
 * empty for the whole).
 */
export type CompanyValue = {
  studio: string;
  newStudio?: true;
  role: CompanyRole;
  region: string;
  segment: string;
  episode?: string;
};

export const CompanyValueSchema = z
  .strictObject({
    studio: textField()
      .trim()
      .min(1, "Choose a studio, or clear the row to remove it.")
      .max(200, "No studio has a name this long."),
    role: z.enum(COMPANY_ROLES, { error: "Choose a role from the list." }),
    region: textField()
      .trim()
      .toUpperCase()
      .refine((region) => region === "" || isKnownRegion(region), "Use a two-letter region code, such as JP or US."),
    /** The title of one of the work's segments; empty for the whole work. */
    segment: textField().trim().max(300, "No segment has a title this long."),
    /** One of the series' episodes by code ("3", "s1"); empty for the whole work. */
    episode: episodeField,
    newStudio: z.boolean().optional(),
  })
  .superRefine((row, context) => {
    if (REGIONAL_ROLES.has(row.role) && row.region === "") {
      context.addIssue({
        code: "custom",
        path: ["region"],
        message: "A distributor or licensor acts in a region: give its two-letter code, such as JP or US.",
      });
    }
  })
  .transform(({ newStudio, ...row }): CompanyValue => withEpisode(newStudio ? { ...row, newStudio: true } : row));

export const CompaniesValuesSchema = z.strictObject({
  companies: rowList(CompanyValueSchema, "companies"),
});

export type CompaniesValues = z.infer<typeof CompaniesValuesSchema>;

/** What the companies form offers: the work's segments or episodes, and the studios it names for their pickers. */
export type CompanyChoices = WorkPartChoices & { studios: NamedEntry[] };

export const COMPANY_FIELDS = ["order", "studio", "newStudio", "role", "region", "segment", "episode"] as const;

export const COMPANY_FORM_FIELD = new RegExp(`^${rowNames("companies", COMPANY_FIELDS)}$`);

/** A posted row before the schema reads it: the role as typed, possibly not one of the codes. */
export type CompanyRow = Omit<CompanyValue, "role"> & { role: string };

const blankCompany = (row: CompanyRow) =>
  !row.studio.trim() &&
  !row.newStudio &&
  !row.role.trim() &&
  !row.region.trim() &&
  !row.segment.trim() &&
  !row.episode?.trim();

/**
 * The posted companies.<n>.* rows in the order their Order inputs ask for, empty rows dropped. The
 * form rebuilds a failed post with this too, because the server's error keys ("companies.3.region")
 * count these rows in this order.
 */
export function companyRowsFromForm(fields: Record<string, string | undefined>): CompanyRow[] {
  return byOrderInput(
    postedRows(fields, "companies", COMPANY_FIELDS)
      .map(({ index, values: { order, newStudio, ...row } }) => ({
        index,
        order,
        row: newStudio ? { ...row, newStudio: true as const } : row,
      }))
      .filter(({ row }) => !blankCompany(row)),
  );
}
