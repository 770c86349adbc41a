import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    userId: string;
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The Session row this token belongs to; the token is no longer valid once the row is gone. */
    sid?: string;
  }
}
