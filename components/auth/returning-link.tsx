"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { returnPathOf, withReturnPath } from "@/lib/auth/return-path";

type Props = { to: "/sign-in" | "/register" | "/account"; className?: string; children: ReactNode };

/**
 * A link to sign in, register or the account page that brings the reader back to the page they are
 * on. It reads the address in the browser, so the cached page stays one copy for everyone.
 */
export function ReturningLink(props: Props) {
  // A page rendered ahead of any request has no query to read: the path alone until it has one.
  return (
    <Suspense fallback={<PathLink {...props} search="" />}>
      <QueryLink {...props} />
    </Suspense>
  );
}

function QueryLink(props: Props) {
  const query = useSearchParams().toString();
  return <PathLink {...props} search={query ? `?${query}` : ""} />;
}

function PathLink({ to, className, children, search }: Props & { search: string }) {
  const returnTo = returnPathOf(usePathname(), search);
  return (
    <Link href={withReturnPath(to, returnTo)} className={className}>
      {children}
    </Link>
  );
}
