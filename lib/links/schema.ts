import { z } from "zod";
import { LINK_SITE_IDS } from "./sites";

/** `GET /api/v1/lookup`: a site's key and the work's id there, as the links section stores them. */
export const LookupQuerySchema = z.strictObject({
  site: z.enum(LINK_SITE_IDS, { error: `use one of ${LINK_SITE_IDS.join(", ")}` }),
  id: z.string().trim().min(1, "give the work's id on the site"),
});
