import { Fragment } from "react";
import type { SourceCredit } from "@/lib/sources/credits";

/** The credit that imported data's licence asks for, at the foot of the work's page. */
export function FilmSources({ credits }: { credits: SourceCredit[] }) {
  if (credits.length === 0) return null;
  return (
    <footer className="border-t border-stone-200 pt-4 text-sm text-stone-700">
      <p>
        Includes data from{" "}
        {credits.map((credit, index) => (
          <Fragment key={`${credit.name} ${credit.version}`}>
            {index > 0 && (index === credits.length - 1 ? " and " : ", ")}
            <a href={credit.url} className="underline">
              {credit.name}
            </a>{" "}
            {credit.version} (
            <a href={credit.licenceUrl} rel="license" className="underline">
              {credit.licence}
            </a>
            )
          </Fragment>
        ))}
        .
      </p>
    </footer>
  );
}
