import Link from "next/link";

export default function ListNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">List not found</h1>
      <p>There is no list at this address, or its owner keeps it private.</p>
      <p>
        See the <Link href="/lists">public lists</Link> instead.
      </p>
    </div>
  );
}
