import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "About",
  description: "How Keyframe works: a community-edited anime database where every change is reviewed.",
};

export default function AboutRoute() {
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
      <h2 className="text-xl font-semibold">Using the data</h2>
      <p>
        Every film, person and character is also available as JSON from the read-only API under <code>/api/v1</code>.
      </p>
      <p>
        <Link href="/register">Create an account</Link> to start editing, or <Link href="/films">browse the films</Link>
        .
      </p>
    </article>
  );
}
