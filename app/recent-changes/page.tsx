import type { Metadata } from "next";
import { RecentChangesView } from "@/components/revisions/recent-changes-view";
import { decodeChangesCursor, getRecentChanges } from "@/lib/revisions/queries";

export const metadata: Metadata = {
  title: "Recent changes",
  alternates: {
    types: { "application/atom+xml": [{ url: "/recent-changes/feed.xml", title: "Keyframe: recent changes" }] },
  },
};

type Props = { searchParams: Promise<{ before?: string | string[] }> };

export default async function RecentChangesRoute({ searchParams }: Props) {
  const cursor = decodeChangesCursor((await searchParams).before);
  const { changes, older } = await getRecentChanges(cursor);
  return <RecentChangesView changes={changes} older={older} paged={cursor !== null} />;
}
