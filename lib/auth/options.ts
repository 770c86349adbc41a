import "server-only";
import type { AuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import DiscordProvider from "next-auth/providers/discord";
import GitHubProvider from "next-auth/providers/github";
import { clientAddressOf } from "@/lib/http/client-address";
import { authenticate } from "./authenticate";
import { findOrCreateOAuthUser } from "./oauth-users";
import { createSession, SESSION_MAX_AGE } from "./sessions";

export const secureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

/** Signs and encrypts the session cookie, and signs the known-device cookie. */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return secret;
}

/** Shared with the sign-in action, which sets the same cookie next-auth reads. */
export const sessionCookie = {
  name: `${secureCookies ? "__Secure-" : ""}next-auth.session-token`,
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies },
};

/** OAuth sign-in is offered only where its credentials are configured. */
function oauthProviders(): Provider[] {
  const providers: Provider[] = [];
  if (process.env.GITHUB_ID && process.env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET }));
  }
  if (process.env.DISCORD_CLIENT_ID && process.env.DISCORD_CLIENT_SECRET) {
    providers.push(
      DiscordProvider({ clientId: process.env.DISCORD_CLIENT_ID, clientSecret: process.env.DISCORD_CLIENT_SECRET }),
    );
  }
  return providers;
}

export const oauthProviderIds = () => oauthProviders().map((provider) => provider.id);

export const authOptions: AuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  cookies: { sessionToken: sessionCookie },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Username and password",
      credentials: { username: { label: "Username", type: "text" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate({
          username: credentials?.username ?? "",
          password: credentials?.password ?? "",
          clientAddress: clientAddressOf(new Headers(request.headers as Record<string, string>)),
        });
        return result.ok ? { id: String(result.user.id) } : null;
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (!account || account.type !== "oauth") return true;
      const local = await findOrCreateOAuthUser({
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        suggestedName: (profile as { login?: string; username?: string } | undefined)?.login ?? user.name ?? "",
        email: user.email ?? null,
      });
      user.id = String(local.id);
      return true;
    },
    // `user` is there only at sign-in: each sign-in through next-auth gets a session row of its own.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = await createSession(Number(user.id));
      }
      return token;
    },
    // The session carries only who and which session it is; getCurrentUser checks both, fresh.
    async session({ session, token }) {
      return { expires: session.expires, userId: token.sub ?? "", sessionId: token.sid ?? "" };
    },
  },
};
