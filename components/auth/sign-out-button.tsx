import { signOut } from "@/lib/auth/actions";

/** A form, so signing out works without JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit" className="text-accent-700 font-medium hover:underline">
        Sign out
      </button>
    </form>
  );
}
