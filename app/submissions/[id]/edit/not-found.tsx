import Link from "next/link";

export default function SubmissionNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Submission not found</h1>
      <p>You have no submission at this address. Only its author can amend a submission.</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  );
}
