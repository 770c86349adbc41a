import { connection } from "next/server";
import { getViewer } from "@/lib/viewer/queries";
import { privateJson } from "@/lib/viewer/responses";

export async function GET() {
  await connection();
  return privateJson({ viewer: await getViewer() });
}
