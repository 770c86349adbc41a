import type { Metadata } from "next";
import { connection } from "next/server";
import { NameBrowseView } from "@/components/browse/name-browse-view";
import { nameBrowseHref } from "@/lib/browse/href";
import { browsePeople } from "@/lib/browse/name-queries";
import { NameBrowseParamsSchema } from "@/lib/browse/schema";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = NameBrowseParamsSchema.parse(await searchParams);
  return {
    title: params.page > 1 ? `People, page ${params.page}` : "People",
    description: "Everyone credited in Keyframe, A–Z.",
    alternates: { canonical: nameBrowseHref("/people", params) },
  };
}

export default async function PeopleRoute({ searchParams }: Props) {
  await connection();
  const params = NameBrowseParamsSchema.parse(await searchParams);
  const result = await browsePeople(params);
  return (
    <NameBrowseView basePath="/people" title="People" noun="people" singular="person" params={params} result={result} />
  );
}
