import { slugify } from "../../../lib/format/slug";
import { RESERVED_SLUGS } from "../../../lib/submissions/sections/named-entries";

/** Hands out slugs as the app does when it creates an entry: the name's slug, else `-2`, `-3`... */
export class SlugAllocator {
  private readonly taken: Set<string>;

  constructor(existing: Iterable<string>) {
    this.taken = new Set([...RESERVED_SLUGS, ...existing]);
  }

  claim(name: string, fallback: string): string {
    const base = slugify(name) || fallback;
    let slug = base;
    for (let suffix = 2; this.taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
    this.taken.add(slug);
    return slug;
  }
}
