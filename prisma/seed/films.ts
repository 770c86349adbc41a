import { catalogue } from "./catalogue";
import { memories } from "./memories";
import type { FilmSeed } from "./types";

/** Every film the seed creates: Memories first, then the works its page names. */
export const seedFilms: readonly FilmSeed[] = [memories, ...catalogue];
