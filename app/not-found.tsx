import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>There is nothing at this address. The link may be mistyped, or the page may have moved.</p>
      <p>
        Go back to the <Link href="/">home page</Link> or <Link href="/search">search Keyframe</Link>.
      </p>
    </div>
  );
}
