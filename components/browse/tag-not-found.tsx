import type { Route } from "next";
import Link from "next/link";

/** The 404 page of an unknown genre, theme or franchise, pointing to the index of the known ones. */
export function TagNotFound({ kind, indexHref, indexLabel }: { kind: string; indexHref: Route; indexLabel: string }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{kind} not found</h1>
      <p>Keyframe has no {kind.toLowerCase()} at this address.</p>
      <p>
        See <Link href={indexHref}>{indexLabel}</Link>, or <Link href="/films">browse all films</Link>.
      </p>
    </div>
  );
}
