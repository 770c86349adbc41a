import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProfileView } from "@/components/users/profile-view";
import { normalizeUsername } from "@/lib/auth/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/users/queries";
import { possessive } from "@/lib/format/possessive";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ username: string }> };

const profileOf = async (params: Props["params"]) =>
  getProfile(normalizeUsername((await decodedParams(params)).username));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await profileOf(params);
  return { title: profile ? `${possessive(profile.displayName)} profile` : "User not found" };
}

export default async function ProfileRoute({ params }: Props) {
  const profile = await profileOf(params);
  if (!profile) notFound();
  const viewer = await getCurrentUser();
  return <ProfileView profile={profile} own={viewer?.id === profile.id} />;
}
