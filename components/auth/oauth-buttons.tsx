"use client";

import { signIn } from "next-auth/react";

const NAMES: Record<string, string> = { github: "GitHub", discord: "Discord" };

/** OAuth needs next-auth's client to fetch a CSRF token, so these buttons need JavaScript. */
export function OAuthButtons({ providers, callbackUrl }: { providers: string[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2 border-t border-stone-200 pt-4">
      <p className="text-sm text-stone-700">Or continue with</p>
      <div className="flex gap-2">
        {providers.map((provider) => (
          <button
            key={provider}
            type="button"
            onClick={() => void signIn(provider, { callbackUrl })}
            className="rounded-md border border-stone-400 bg-white px-4 py-2 font-medium"
          >
            {NAMES[provider] ?? provider}
          </button>
        ))}
      </div>
    </div>
  );
}
