"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>Keyframe could not show this page. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="bg-accent-700 rounded-md px-4 py-2 font-medium text-white">
        Try again
      </button>
    </div>
  );
}
