import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p>Your account does not have the role this page needs.</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  );
}
