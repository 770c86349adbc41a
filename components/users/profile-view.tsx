import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import type { Profile } from "@/lib/users/queries";
import { RoleBadge } from "./role-badge";
import { countOf } from "@/lib/format/counts";

const joined = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** `own`: the viewer is this user, who alone gets a link to their submissions from here. */
export function ProfileView({ profile, own = false }: { profile: Profile; own?: boolean }) {
  return (
    <article className="space-y-8">
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{profile.displayName}</h1>
          <RoleBadge role={profile.role} />
        </div>
        <p className="text-stone-700">
          @{profile.username} · Joined{" "}
          <time dateTime={profile.createdAt.toISOString()}>{joined.format(profile.createdAt)}</time>
        </p>
      </header>
      <Section id="contributions" title="Contributions">
        <dl className="grid max-w-md grid-cols-2 gap-4">
          <div className="rounded-md border border-stone-200 bg-white p-3">
            <dt className="text-sm text-stone-700">Approved edits</dt>
            <dd className="text-2xl font-semibold">{profile.approvedEdits}</dd>
          </div>
          <div className="rounded-md border border-stone-200 bg-white p-3">
            <dt className="text-sm text-stone-700">Submissions</dt>
            <dd className="text-2xl font-semibold">{profile.submissions}</dd>
          </div>
        </dl>
        {own ? (
          <p>
            <Link href={`/users/${profile.username}/submissions`}>Your submissions and their status</Link>
          </p>
        ) : null}
      </Section>
      <Section id="lists" title="Lists">
        {profile.lists.length === 0 ? (
          <EmptyState>{profile.displayName} has no public lists yet.</EmptyState>
        ) : (
          <ul className="space-y-1">
            {profile.lists.map((list) => (
              <li key={list.id}>
                <Link href={`/lists/${list.id}`} className="font-semibold">
                  {list.title}
                </Link>{" "}
                <span className="text-stone-700">a list of {countOf(list.itemCount, "item")}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
