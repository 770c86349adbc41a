import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SeasonFormatView } from "@/components/seasons/season-format-view";
import { pageHref } from "@/lib/browse/href";
import { PageParamsSchema } from "@/lib/browse/schema";
import { formatPluralLabel } from "@/lib/format/labels";
import { getPublicSeasonFormatPage } from "@/lib/seasons/public-page";
import { parseSeasonFormat, parseSeasonParams, seasonFormatPath, seasonLabel } from "@/lib/seasons/season";

type Props = {
  params: Promise<{ year: string; season: string; format: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function named({ params, searchParams }: Props) {
  const { year, season, format } = await params;
  const of = parseSeasonParams(year, season);
  const parsedFormat = parseSeasonFormat(format);
  if (!of || !parsedFormat) return null;
  return { ...of, format: parsedFormat, page: PageParamsSchema.parse(await searchParams).page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await connection();
  const of = await named(props);
  if (!of) return { title: "Season not found" };
  const title = `${formatPluralLabel(of.format)} of ${seasonLabel(of)}`;
  return {
    title: of.page > 1 ? `${title}, page ${of.page}` : title,
    description: `The ${formatPluralLabel(of.format)} that premiered in Japan in ${seasonLabel(of)}.`,
    alternates: { canonical: pageHref(seasonFormatPath(of, of.format), of.page) },
  };
}

export default async function SeasonFormatRoute(props: Props) {
  await connection();
  const of = await named(props);
  if (!of) notFound();
  return <SeasonFormatView chart={await getPublicSeasonFormatPage(of.year, of.season, of.format, of.page)} />;
}
