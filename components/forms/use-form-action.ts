"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useActionState } from "react";

/**
 * `useActionState` whose form posts back to this page's own address. React renders a server
 * action's form with `action=""`, which HTML forbids, unless it is given a permalink; without
 * JavaScript the form posts there, and React hands the answer to the form with the same action and
 * permalink on the page that comes back. A form repeated on one page with the same action names its
 * `row` (an element id), or every row would show one row's answer.
 */
export function useFormAction<State>(
  action: (state: Awaited<State>, formData: FormData) => State | Promise<State>,
  initialState: Awaited<State>,
  row?: string,
) {
  const permalink = `${usePageAddress()}${row ? `#${row}` : ""}`;
  return useActionState(action, initialState, permalink);
}

/** This page's path and query, where a form without JavaScript posts. */
export function usePageAddress(): string {
  const search = useSearchParams().toString();
  return `${usePathname()}${search ? `?${search}` : ""}`;
}
