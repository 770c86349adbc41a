import Link from "next/link";

export default function EditTargetNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Nothing to edit here</h1>
      <p>Keyframe has no such film, or that film has no section by this name.</p>
      <p>
        <Link href="/search">Search for the film</Link> or go back to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
