import type { CompanyRole } from "@/lib/generated/prisma/enums";
import { COMPANY_ROLES } from "@/lib/submissions/sections/companies/schema";

type Company = { role: CompanyRole };

/** Rows grouped by role, in the roles' order (animation production first); empty roles left out. */
export function companiesByRole<Row extends Company>(rows: readonly Row[]): { role: CompanyRole; rows: Row[] }[] {
  return COMPANY_ROLES.map((role) => ({ role, rows: rows.filter((row) => row.role === role) })).filter(
    (group) => group.rows.length > 0,
  );
}
