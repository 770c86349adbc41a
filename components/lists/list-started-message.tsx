"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { parseId } from "@/lib/ids";
import { LIST_STARTED } from "@/lib/lists/started-list";

const MESSAGE_CLASS = "rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900";

/**
 * "Start a list" returns to the film's page, whose address names the new list. The page is cached
 * for everyone, so the reader's own lists (fetched after load) confirm it, and the message takes
 * the focus, as the form the reader just sent would have.
 */
export function ListStartedMessage({ lists }: { lists: { id: number; title: string; hasFilm: boolean }[] }) {
  const listId = parseId(useSearchParams().get(LIST_STARTED));
  const list = lists.find((own) => own.id === listId && own.hasFilm);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    message.current?.focus();
  }, [list?.id]);
  if (!list) return null;
  return (
    <p id={LIST_STARTED} ref={message} tabIndex={-1} role="status" className={MESSAGE_CLASS}>
      Your new list <Link href={`/lists/${list.id}`}>{list.title}</Link> starts with this film.
    </p>
  );
}

/**
 * Without JavaScript the message cannot name the list (the page is the same for everyone), but the
 * address's #list-started fragment shows this one.
 */
export function ListStartedNoscript() {
  return (
    <noscript>
      <p id={LIST_STARTED} className={`hidden target:block ${MESSAGE_CLASS}`}>
        Your new list starts with this film.
      </p>
    </noscript>
  );
}
