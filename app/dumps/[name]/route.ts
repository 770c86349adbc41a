import { dumpFileResponse } from "@/lib/dumps/serve";

type Context = { params: Promise<{ name: string }> };

/** A dump file or its header; any other name is a 404. */
export async function GET(_request: Request, { params }: Context) {
  return dumpFileResponse((await params).name, "GET");
}

export async function HEAD(_request: Request, { params }: Context) {
  return dumpFileResponse((await params).name, "HEAD");
}
