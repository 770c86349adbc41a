import Link from "next/link";
import type { InstalledSource } from "@/lib/sources/installed";
import { KEYFRAME_LICENCES, SEED_ORIGIN } from "@/lib/sources/declared";

const { database, text } = KEYFRAME_LICENCES;

export function AboutView({ sources }: { sources: InstalledSource[] }) {
  return (
    <article className="max-w-3xl space-y-4 leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">About Keyframe</h1>
      <p>
        Keyframe is a community-edited database of anime films and series: the stories of an anthology, the staff and
        the voice cast, the characters, regional releases, and the lists fans keep of their favourites.
      </p>
      <h2 className="text-xl font-semibold">How editing works</h2>
      <p>
        Anyone with an account can propose a change to any part of any page. Nothing changes straight away: each
        proposal waits in a moderation queue, where a moderator compares it with the current page and approves or
        rejects it. Submissions can take several hours to be approved. Every approved change is kept in the page&apos;s
        history, where it can be compared with any other version and reverted.
      </p>

      <h2 id="licences" className="text-xl font-semibold">
        Licences
      </h2>
      <p>Keyframe is open data. Everything its pages, its API and its dumps publish is under two licences:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          The database — {database.covers} — is under the{" "}
          <a href={database.licence.url} rel="license" className="underline">
            {database.licence.title}
          </a>{" "}
          ({database.licence.name}).
        </li>
        <li>
          The {text.covers} are under the{" "}
          <a href={text.licence.url} rel="license" className="underline">
            {text.licence.title}
          </a>{" "}
          ({text.licence.name}).
        </li>
      </ul>
      <h3 className="text-lg font-semibold">Reusing the data</h3>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>Attribution.</strong> Credit Keyframe (and, for imported facts, the sources below) wherever you use
          the data, with a link to the page or to this one, and keep the licence notices.
        </li>
        <li>
          <strong>Share alike.</strong> A database you make from Keyframe&apos;s and publish must be offered under the{" "}
          {database.licence.name} as well; text you adapt from its descriptions and biographies, under the{" "}
          {text.licence.name}.
        </li>
        <li>
          <strong>Keep it open.</strong> If you publish the data with technical restrictions, such as DRM, also offer a
          copy without them.
        </li>
      </ul>
      <p>
        Works made with the data — a chart, an app, an article that quotes a few facts — may carry any licence of their
        own, as long as they credit Keyframe.
      </p>

      <h2 id="sources" className="text-xl font-semibold">
        Sources
      </h2>
      <p>Part of the catalogue was imported from open sources, which keep their own licences:</p>
      <ul className="list-disc space-y-1 pl-6">
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} className="underline">
              {source.name}
            </a>{" "}
            {source.version}, under the{" "}
            <a href={source.licence.url} rel="license" className="underline">
              {source.licence.title}
            </a>{" "}
            ({source.licence.name}): {source.provides}. Each work imported from it says so at the foot of its page and
            in its JSON.
          </li>
        ))}
        <li>
          {SEED_ORIGIN.name}: {SEED_ORIGIN.provides}. Its edits are in those works&apos; history.
        </li>
      </ul>

      <h2 id="using-the-data" className="text-xl font-semibold">
        Getting the data
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          Every work, person, character and studio is available as JSON from the read-only API under{" "}
          <code>/api/v1</code> (for example{" "}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- JSON, not a page: a Link would ask it for a React payload */}
          <a href="/api/v1/films/memories">/api/v1/films/memories</a>). Each answer names the licences in its{" "}
          <code>Link</code> header, and a work&apos;s <code>sources</code> names what it was imported from.
        </li>
        <li>
          The whole catalogue, in the API&apos;s own shapes, is published as a gzipped JSON Lines file at{" "}
          <Link href="/dumps">/dumps</Link>, with a header file giving its licences, date, counts, sources and checksum.
        </li>
      </ul>
      <p>
        <Link href="/register">Create an account</Link> to start editing, or <Link href="/films">browse the films</Link>
        .
      </p>
    </article>
  );
}
