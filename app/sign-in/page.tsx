import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oauthProviderIds } from "@/lib/auth/options";
import { CallbackUrlSchema } from "@/lib/auth/schema";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInRoute({ searchParams }: Props) {
  const { callbackUrl: requested, error } = await searchParams;
  const callbackUrl = CallbackUrlSchema.parse(requested);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      {requested ? <p className="text-stone-800">Sign in to continue.</p> : null}
      {error ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900">
          Signing in did not work. Please try again.
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={oauthProviderIds()} callbackUrl={callbackUrl} />
    </div>
  );
}
