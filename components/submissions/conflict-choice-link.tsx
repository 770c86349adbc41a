"use client";

import type { Route } from "next";
import Link from "next/link";
import { useEffect, type MouseEvent, type ReactNode } from "react";

/** Each edit form on the page as it started, to tell whether anything has been typed since. */
const startedAs = new WeakMap<HTMLFormElement, string>();

function formText(form: HTMLFormElement): string {
  return JSON.stringify([...new FormData(form).entries()].map(([name, value]) => [name, String(value)]));
}

const editForms = () => [...document.querySelectorAll<HTMLFormElement>("main form")];

/**
 * A choice in the edit-conflict panel. It reloads the amend form with the choice applied (a plain
 * link, so it works without JavaScript); with JavaScript it first asks before dropping what the
 * author has typed in the form since it opened.
 */
export function ConflictChoiceLink({ href, children }: { href: Route; children: ReactNode }) {
  useEffect(() => {
    for (const form of editForms()) if (!startedAs.has(form)) startedAs.set(form, formText(form));
  }, [href]);

  function confirmLosingTyping(event: MouseEvent<HTMLAnchorElement>) {
    const typed = editForms().some((form) => startedAs.has(form) && startedAs.get(form) !== formText(form));
    if (typed && !window.confirm("Choosing starts the form again from your choices, without what you typed. Go on?")) {
      event.preventDefault();
    }
  }

  return (
    <Link href={href} scroll={false} onClick={confirmLosingTyping}>
      {children}
    </Link>
  );
}
