import type { Route } from "next";
import Link from "next/link";

/** The top of a genre's, theme's or franchise's page: what it is, its name, its description. */
export function TagHeader({
  kind,
  name,
  description,
  indexHref,
  indexLabel,
}: {
  kind: string;
  name: string;
  description: string;
  indexHref: Route;
  indexLabel: string;
}) {
  return (
    <header className="space-y-2 border-b border-stone-200 pb-4">
      <p className="text-sm text-stone-700">
        {kind} · <Link href={indexHref}>{indexLabel}</Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{name}</h1>
      {description ? <p className="max-w-3xl text-lg leading-relaxed whitespace-pre-line">{description}</p> : null}
    </header>
  );
}
