"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({ children, pendingLabel }: { children: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="bg-accent-700 hover:bg-accent-600 rounded-md px-4 py-2 font-medium text-white disabled:opacity-70"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
