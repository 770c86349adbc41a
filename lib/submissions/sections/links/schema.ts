import { z } from "zod";
import { postedRows, rowNames } from "@/lib/forms/numbered-rows";
import { textField } from "@/lib/forms/text";
import { LINK_SITE_IDS, linkIdProblem } from "@/lib/links/sites";
import { refuseRepeats } from "../shared-schema";

export const LINKS_MAX = 50;

export const LinkValueSchema = z
  .strictObject({
    site: z.enum(LINK_SITE_IDS, { error: "Choose the site this link goes to." }),
    id: textField().trim().min(1, "Give the work's id on the site.").max(500, "Ids are at most 500 characters long."),
  })
  .superRefine((link, context) => {
    const problem = linkIdProblem(link.site, link.id);
    if (problem) context.addIssue({ code: "custom", path: ["id"], message: problem });
  });

export type LinkValue = z.infer<typeof LinkValueSchema>;

export const LinksValuesSchema = z.strictObject({
  links: z
    .array(LinkValueSchema)
    .max(LINKS_MAX, `At most ${LINKS_MAX} links.`)
    .superRefine(
      refuseRepeats(
        (link) => linkKey(link),
        () => "This link is listed twice.",
        "id",
      ),
    ),
});

export type LinksValues = z.infer<typeof LinksValuesSchema>;

/** What makes two links the same link, in diffs and in the check for repeats. */
export const linkKey = (link: LinkValue) => `${link.site}:${link.id}`;

export const LINK_FIELDS = ["site", "id"] as const;

export const LINKS_FORM_FIELD = new RegExp(`^${rowNames("links", LINK_FIELDS)}$`);

/**
 * The posted links.<n>.* rows in order. A row's site has a default, so only a row without an id is
 * empty, and dropped, as the server's error keys count the rows.
 */
export function linkRowsFromForm(fields: Record<string, string | undefined>) {
  return postedRows(fields, "links", LINK_FIELDS)
    .map(({ values }) => values)
    .filter((row) => row.id.trim() !== "");
}
