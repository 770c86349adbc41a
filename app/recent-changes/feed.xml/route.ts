import { Feed } from "feed";
import { connection } from "next/server";
import { getRecentChanges } from "@/lib/revisions/queries";
import { siteUrl } from "@/lib/site-url";

// Characters XML 1.0 forbids; one in a summary would make the whole feed unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Titles and summaries are typed "html" by the feed package, so people's text is escaped as HTML. */
function html(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** The 50 newest changes as Atom, for feed readers. */
export async function GET() {
  await connection();
  const { changes } = await getRecentChanges();
  const link = (path: string) => new URL(path, siteUrl()).toString();
  const feed = new Feed({
    id: link("/recent-changes"),
    title: "Keyframe: recent changes",
    description: "Every change to every film in Keyframe, newest first.",
    link: link("/recent-changes"),
    feedLinks: { atom: link("/recent-changes/feed.xml") },
    language: "en",
    generator: "Keyframe",
    updated: changes[0]?.createdAt ?? new Date(0),
  });
  for (const change of changes) {
    const entry = link(`/films/${change.film.slug}/history#revision-${change.id}`);
    const reverts = change.revertOfNumber === null ? "" : ` (reverts #${change.revertOfNumber})`;
    feed.addItem({
      id: entry,
      link: entry,
      title: html(`${change.film.title}: ${change.sectionTitle}, revision #${change.number}`),
      description: html(`${change.summary}${reverts}`),
      date: change.createdAt,
      author: [
        { name: change.proposer.displayName.replace(NOT_XML, ""), link: link(`/users/${change.proposer.username}`) },
      ],
    });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
