import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-700 sm:px-6">
        <p>
          Keyframe is written by its community. Anyone can propose an edit; moderators review every change.{" "}
          <Link href="/about" className="underline">
            About Keyframe
          </Link>
        </p>
      </div>
    </footer>
  );
}
