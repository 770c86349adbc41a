import { PosterValuesSchema, type PosterValues } from "./schema";
import { SubmissionError } from "../../errors";
import type { SectionDefinition, Tx } from "../types";

const NOT_THIS_FILM = "That image was not uploaded for this film.";

/**
 * Held FOR SHARE until the submission commits, so removing unused uploads (lib/images/unused.ts)
 * waits for it and then sees the image in use, rather than deleting it under the submission.
 */
async function isImageOf(tx: Tx, filmId: number, imageId: number): Promise<boolean> {
  const [image] = await tx.$queryRaw<{ filmId: number | null }[]>`
    SELECT "filmId" FROM "Image" WHERE "id" = ${imageId} FOR SHARE`;
  return image?.filmId === filmId;
}

/**
 * Which of the film's uploaded images is its poster. The upload itself happens before the
 * submission (lib/images/mutations.ts); the section only ever points at an image of the same film.
 */
export const poster: SectionDefinition<PosterValues> = {
  id: "poster",
  entityType: "FILM",
  title: "Poster",
  fields: { posterId: "Poster" },
  schema: PosterValuesSchema,
  // Lists, people's and related films' pages show the poster.
  shownElsewhere: true,
  display: { posterId: { text: (posterId) => `Image #${posterId}` } },
  // Only amending posts this section's values as text; a new poster comes through the upload form.
  formField: /^posterId$/,
  fromForm: (fields) => ({ posterId: fields.posterId?.trim() ? Number(fields.posterId) : null }),
  async read(tx, filmId) {
    return tx.film.findUniqueOrThrow({ where: { id: filmId }, select: { posterId: true } });
  },
  async resolve(tx, filmId, values) {
    const { posterId } = values;
    const errors = posterId === null || (await isImageOf(tx, filmId, posterId)) ? {} : { posterId: [NOT_THIS_FILM] };
    return { values, errors };
  },
  async write(tx, filmId, { posterId }) {
    // Checked again here: approval and revert write without going through `resolve`.
    if (posterId !== null && !(await isImageOf(tx, filmId, posterId))) {
      throw new SubmissionError("invalid", NOT_THIS_FILM);
    }
    await tx.film.update({ where: { id: filmId }, data: { posterId } });
    // On the film and in its history from now on, so public (lib/images/serve.ts), in the same transaction.
    if (posterId !== null) await tx.image.update({ where: { id: posterId }, data: { status: "APPROVED" } });
  },
};
