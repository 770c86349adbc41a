import type { ReactNode } from "react";

/** The top of an entry's page: its name, its name in the original script, and its deck. */
export function EntryHeader({
  name,
  nativeName,
  deck,
  children,
}: {
  name: string;
  nativeName: string | null;
  deck: string;
  children?: ReactNode;
}) {
  return (
    <header className="space-y-2 border-b border-stone-200 pb-4">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{name}</h1>
      {nativeName && nativeName !== name ? (
        <p lang="ja" className="text-lg text-stone-700">
          {nativeName}
        </p>
      ) : null}
      {children}
      {deck ? <p className="max-w-3xl text-lg leading-relaxed">{deck}</p> : null}
    </header>
  );
}
