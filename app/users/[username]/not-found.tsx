import Link from "next/link";

export default function UserNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">User not found</h1>
      <p>Nobody on Keyframe has this username.</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  );
}
