import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/components/auth/register-form";
import { CallbackUrlSchema } from "@/lib/auth/schema";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function RegisterRoute({ searchParams }: Props) {
  const callbackUrl = CallbackUrlSchema.parse((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Create an account</h1>
      <p className="text-stone-800">With an account you can propose edits to any page and keep your own top lists.</p>
      <RegisterForm callbackUrl={callbackUrl} />
    </div>
  );
}
