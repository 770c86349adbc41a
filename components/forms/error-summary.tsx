"use client";

import { useEffect, useId, useRef, type MouseEvent } from "react";
import { errorFieldLabel, fieldControlId } from "@/lib/forms/error-summary";

/**
 * After a failed save, the list of problems at the top of the form, each linking to its field. It
 * takes focus so that the person starts from it and not from the button far below: with
 * JavaScript when the answer arrives, without it through `autoFocus` on the page that comes back.
 */
export function ErrorSummary({
  fieldErrors,
  formError,
}: {
  fieldErrors: Partial<Record<string, string[]>>;
  formError?: string;
}) {
  const headingId = useId();
  const summary = useRef<HTMLElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, [fieldErrors]);
  const problems = Object.entries(fieldErrors).flatMap(([name, messages = []]) =>
    messages.map((message) => ({ name, message })),
  );
  return (
    <section
      ref={summary}
      tabIndex={-1}
      autoFocus
      aria-labelledby={headingId}
      className="space-y-2 rounded-md border-2 border-red-700 bg-red-50 px-3 py-2 text-red-900"
    >
      <h2 id={headingId} className="font-semibold">
        There is a problem
      </h2>
      {formError ? <p>{formError}</p> : null}
      <ul className="list-disc space-y-1 pl-5">
        {problems.map(({ name, message }, index) => (
          <li key={`${name}-${index}`}>
            <a
              href={`#${fieldControlId(name)}`}
              onClick={(event) => focusField(event, name)}
              className="underline hover:no-underline"
            >
              {errorFieldLabel(name)}: {message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Following the link only scrolls to the field; this puts the cursor in it, found by name in this
 * summary's own form when a page repeats a form and so gives its fields other ids.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, name: string) {
  const form = event.currentTarget.closest("form");
  const target = document.getElementById(fieldControlId(name)) ?? form?.elements.namedItem(name);
  const control =
    target instanceof HTMLFieldSetElement
      ? target.querySelector<HTMLElement>("input, select, textarea, button")
      : target instanceof HTMLElement
        ? target
        : null;
  if (!control) return;
  event.preventDefault();
  control.focus();
}
