import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import superjson from "superjson";

/**
 * A read kept in Next's data cache until one of its tags is revalidated; pages rendered from it
 * carry the same tags, so revalidating a tag refreshes exactly the pages that showed that data.
 * superjson keeps dates as dates (the cache itself stores JSON). Within one request (a page and
 * its metadata) the read and its parse happen once.
 */
export function cachedRead<Args extends (string | number)[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tagsOf: (...args: Args) => string[],
) {
  return cache(async (...args: Args): Promise<Result> => {
    const cached = unstable_cache(async () => superjson.stringify(await read(...args)), [name, ...args.map(String)], {
      tags: tagsOf(...args),
      revalidate: false,
    });
    return superjson.parse<Result>(await cached());
  });
}
