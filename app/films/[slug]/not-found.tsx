import Link from "next/link";

export default function FilmNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Film not found</h1>
      <p>Keyframe has no film at this address. It may have been renamed, or it is not in the database yet.</p>
      <p>
        <Link href="/search">Search for it</Link> or go back to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
