import Link from "next/link";

export default function SubmissionNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Submission not found</h1>
      <p>There is no such submission, or it is not yours to see.</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  );
}
