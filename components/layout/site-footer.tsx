import Link from "next/link";
import { KEYFRAME_LICENCES } from "@/lib/sources/declared";

const { database, text } = KEYFRAME_LICENCES;

export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-stone-700 sm:px-6">
        <p>
          Keyframe is written by its community. Anyone can propose an edit; moderators review every change.{" "}
          <Link href="/about" className="underline">
            About Keyframe
          </Link>
        </p>
        <p>
          The database is open data under the{" "}
          <a href={database.licence.url} rel="license" className="underline">
            {database.licence.name}
          </a>
          , its text under{" "}
          <a href={text.licence.url} rel="license" className="underline">
            {text.licence.name}
          </a>
          .{" "}
          <Link href="/about#licences" className="underline">
            Licences and sources
          </Link>{" "}
          ·{" "}
          <Link href="/dumps" className="underline">
            Data dumps
          </Link>
        </p>
      </div>
    </footer>
  );
}
