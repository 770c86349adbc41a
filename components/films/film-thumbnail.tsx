import Image from "next/image";
import { thumbnailKey } from "@/lib/images/keys";

/** The film's poster at list size, or a blank of the same shape so rows line up. */
export function FilmThumbnail({ film }: { film: { title: string; poster: { storageKey: string } | null } }) {
  if (!film.poster) return <div aria-hidden="true" className="thumb" />;
  return (
    <Image
      src={`/media/${thumbnailKey(film.poster.storageKey)}`}
      alt={`Poster of ${film.title}`}
      width={48}
      height={72}
      className="thumb"
    />
  );
}
