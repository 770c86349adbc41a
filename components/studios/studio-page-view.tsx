import Link from "next/link";
import { EntryHeader } from "@/components/ui/entry-header";
import { EmptyState, Section } from "@/components/ui/section";
import { WikiText } from "@/components/wiki-text";
import { jsonForScript } from "@/lib/films/structured-data";
import { episodeLabel } from "@/lib/episodes/codes";
import { companyRoleLabel, formatLabel, regionName } from "@/lib/format/labels";
import { siteUrl } from "@/lib/site-url";
import { companiesByRole } from "@/lib/studios/group";
import type { StudioPage } from "@/lib/studios/queries";
import { studioStructuredData } from "@/lib/studios/structured-data";
import type { ResolvedWikiLinks } from "@/lib/wiki/resolve";

type Row = StudioPage["companies"][number];

function WorkLine({ row }: { row: Row }) {
  const facts = [row.film.year, formatLabel(row.film.format), row.region ? regionName(row.region) : null].filter(
    Boolean,
  );
  return (
    <li>
      <Link href={`/films/${row.film.slug}`} className="underline">
        {row.film.title}
      </Link>
      <span className="muted"> ({facts.join(", ")})</span>
      {row.segment ? <span className="muted"> · {row.segment.title}</span> : null}
      {row.episode ? <span className="muted"> · {episodeLabel(row.episode)}</span> : null}
    </li>
  );
}

/** A studio: who it is, and its works by role and year. The same for every reader, so it is cached. */
export function StudioPageView({ studio, links }: { studio: StudioPage; links: ResolvedWikiLinks }) {
  const groups = companiesByRole(studio.companies);
  return (
    <article className="space-y-8">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonForScript(studioStructuredData(studio, new URL(`/studios/${studio.slug}`, siteUrl()).href)),
        }}
      />
      <EntryHeader name={studio.name} nativeName={studio.nativeName} deck={studio.deck} />
      <p className="text-sm font-medium">
        <Link href={`/studios/${studio.slug}/edit`}>
          Edit<span className="sr-only"> {studio.name}</span>
        </Link>
      </p>
      {studio.description ? (
        <Section id="description" title="About">
          <WikiText text={studio.description} links={links} className="prose-wiki max-w-3xl leading-relaxed" />
        </Section>
      ) : null}
      <Section id="works" title="Works">
        {groups.length === 0 ? (
          <EmptyState>No works credit this studio yet.</EmptyState>
        ) : (
          groups.map((group) => (
            <Section
              key={group.role}
              id={`role-${group.role.toLowerCase().replaceAll("_", "-")}`}
              title={companyRoleLabel(group.role)}
              level={3}
            >
              <ul className="space-y-1">
                {group.rows.map((row) => (
                  <WorkLine key={row.id} row={row} />
                ))}
              </ul>
            </Section>
          ))
        )}
      </Section>
    </article>
  );
}
