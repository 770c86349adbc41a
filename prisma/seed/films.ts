import { catalogue } from "./catalogue";
import { memories } from "./memories";
import { seedSeries } from "./series";
import type { FilmSeed } from "./types";

/** Every work the seed creates: Memories first, then the works its page names, then TV series with their episodes. */
export const seedFilms: readonly FilmSeed[] = [memories, ...catalogue, ...seedSeries];
