import type { Metadata } from "next";
import { connection } from "next/server";
import { NameBrowseView } from "@/components/browse/name-browse-view";
import { nameBrowseHref } from "@/lib/browse/href";
import { browseCharacters } from "@/lib/browse/name-queries";
import { NameBrowseParamsSchema } from "@/lib/browse/schema";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = NameBrowseParamsSchema.parse(await searchParams);
  return {
    title: params.page > 1 ? `Characters, page ${params.page}` : "Characters",
    description: "Every character in Keyframe, A–Z.",
    alternates: { canonical: nameBrowseHref("/characters", params) },
  };
}

export default async function CharactersRoute({ searchParams }: Props) {
  await connection();
  const params = NameBrowseParamsSchema.parse(await searchParams);
  const result = await browseCharacters(params);
  return (
    <NameBrowseView
      basePath="/characters"
      title="Characters"
      noun="characters"
      singular="character"
      params={params}
      result={result}
    />
  );
}
