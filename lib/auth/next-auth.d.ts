import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    userId: string;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The user's session version when the token was issued; see User.sessionVersion. */
    sv?: number;
  }
}
