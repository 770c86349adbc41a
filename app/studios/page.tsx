import type { Metadata } from "next";
import { connection } from "next/server";
import { NameBrowseView } from "@/components/browse/name-browse-view";
import { nameBrowseHref } from "@/lib/browse/href";
import { browseStudios } from "@/lib/browse/name-queries";
import { NameBrowseParamsSchema } from "@/lib/browse/schema";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = NameBrowseParamsSchema.parse(await searchParams);
  return {
    title: params.page > 1 ? `Studios, page ${params.page}` : "Studios",
    description: "Every studio and company credited in Keyframe, A–Z.",
    alternates: { canonical: nameBrowseHref("/studios", params) },
  };
}

export default async function StudiosRoute({ searchParams }: Props) {
  await connection();
  const params = NameBrowseParamsSchema.parse(await searchParams);
  const result = await browseStudios(params);
  return (
    <NameBrowseView
      basePath="/studios"
      title="Studios"
      noun="studios"
      singular="studio"
      params={params}
      result={result}
    />
  );
}
