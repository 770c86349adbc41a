import type { Metadata } from "next";
import { connection } from "next/server";
import { DumpIndexView } from "@/components/dumps/dump-index-view";
import { newestDump } from "@/lib/dumps/serve";

export const metadata: Metadata = {
  title: "Data dumps",
  description: "The whole Keyframe catalogue as gzipped JSON Lines, with its licences, date, counts and checksum.",
};

// Read at each request: `npm run dump` writes a new one while the site runs.
export default async function DumpsRoute() {
  await connection();
  return <DumpIndexView dump={await newestDump()} />;
}
