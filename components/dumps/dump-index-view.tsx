import Link from "next/link";
import type { PublishedDump } from "@/lib/dumps/serve";
import { countOf } from "@/lib/format/counts";

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}

export function DumpIndexView({ dump }: { dump: PublishedDump | null }) {
  return (
    <article className="max-w-3xl space-y-4 leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">Data dumps</h1>
      <p>
        The whole public catalogue in one file: gzipped JSON Lines, one entry a line, each line{" "}
        <code>{'{ "type": …, "entry": … }'}</code> with the entry exactly as the JSON API answers it. A header file
        beside it gives the licences, the date, the counts, the sources and the file&apos;s SHA-256.{" "}
        <Link href="/about#licences">The licences</Link> ask you to credit Keyframe and to share a database made from it
        alike.
      </p>
      {dump ? <NewestDump dump={dump} /> : <p>No dump has been published yet.</p>}
    </article>
  );
}

function NewestDump({ dump: { header, headerName, dataName } }: { dump: PublishedDump }) {
  const { database, text } = header.licences;
  return (
    <section aria-labelledby="newest-dump" className="space-y-3">
      <h2 id="newest-dump" className="text-xl font-semibold">
        Newest dump: <time dateTime={header.createdAt}>{header.date}</time>
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <a href={`/dumps/${dataName}`} className="underline">
            {dataName}
          </a>{" "}
          ({megabytes(header.bytes)}, gzipped JSON Lines)
        </li>
        <li>
          <a href={`/dumps/${headerName}`} className="underline">
            {headerName}
          </a>{" "}
          (its header, JSON)
        </li>
      </ul>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Entries</dt>
        <dd>
          {countOf(header.counts.film, "work")}, {countOf(header.counts.person, "person", "people")},{" "}
          {countOf(header.counts.character, "character")}, {countOf(header.counts.studio, "studio")}
        </dd>
        <dt className="font-semibold">Licences</dt>
        <dd>
          <a href={database.url} rel="license" className="underline">
            {database.name}
          </a>{" "}
          (the database),{" "}
          <a href={text.url} rel="license" className="underline">
            {text.name}
          </a>{" "}
          (wiki text)
        </dd>
        <dt className="font-semibold">Sources</dt>
        <dd>
          {header.sources.length === 0
            ? "Keyframe's own editors only"
            : header.sources.map((source, index) => (
                <span key={`${source.name} ${source.version}`}>
                  {index > 0 && ", "}
                  <a href={source.url} className="underline">
                    {source.name}
                  </a>{" "}
                  {source.version} ({source.licence})
                </span>
              ))}
        </dd>
        <dt className="font-semibold">SHA-256</dt>
        <dd>
          <code className="break-all">{header.sha256}</code>
        </dd>
      </dl>
    </section>
  );
}
