"use client";

import type { ReactNode } from "react";
import { useFormAction } from "./use-form-action";

/** A form for a server action that answers with a redirect or a fresh page, never a message. */
export function ActionForm({
  action,
  className,
  children,
}: {
  action: () => Promise<unknown>;
  className?: string;
  children: ReactNode;
}) {
  const [, formAction] = useFormAction(action, undefined);
  return (
    <form action={formAction} className={className}>
      {children}
    </form>
  );
}
