import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";
import { companyRoleLabel, regionName } from "@/lib/format/labels";
import { companiesByRole } from "@/lib/studios/group";
import { episodeLabel } from "@/lib/episodes/codes";

/** The studios behind the work, by role, each with its region and the segment or episode it is credited for. */
export function FilmCompanies({ film }: { film: FilmPage }) {
  const groups = companiesByRole(film.companies);
  return (
    <Section id="companies" title="Companies" editHref={`/films/${film.slug}/edit/companies`}>
      {groups.length === 0 ? (
        <EmptyState>No companies are credited yet.</EmptyState>
      ) : (
        <dl className="space-y-2">
          {groups.map((group) => (
            <div key={group.role}>
              <dt className="font-semibold">{companyRoleLabel(group.role)}</dt>
              {group.rows.map((company) => (
                <dd key={company.id}>
                  <Link href={`/studios/${company.studio.slug}`} className="underline">
                    {company.studio.name}
                  </Link>
                  {company.region ? <span className="muted"> · {regionName(company.region)}</span> : null}
                  {company.segment ? <span className="muted"> · {company.segment.title}</span> : null}
                  {company.episode ? <span className="muted"> · {episodeLabel(company.episode)}</span> : null}
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}
