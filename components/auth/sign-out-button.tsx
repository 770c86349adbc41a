import { ActionForm } from "@/components/forms/action-form";
import { signOut } from "@/lib/auth/actions";

/** A form, so signing out works without JavaScript. */
export function SignOutButton() {
  return (
    <ActionForm action={signOut}>
      <button type="submit" className="text-accent-700 font-medium hover:underline">
        Sign out
      </button>
    </ActionForm>
  );
}
