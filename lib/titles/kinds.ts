import type { TitleKind } from "@/lib/generated/prisma/enums";

/** The kinds of alternative title, in the order the form offers them. */
export const TITLE_KINDS = ["OFFICIAL", "ROMANISED", "SYNONYM"] as const satisfies readonly TitleKind[];

const TITLE_KIND_LABELS: Record<TitleKind, string> = {
  OFFICIAL: "official",
  ROMANISED: "romanised",
  SYNONYM: "synonym",
};

export function titleKindLabel(kind: TitleKind): string {
  return TITLE_KIND_LABELS[kind];
}
