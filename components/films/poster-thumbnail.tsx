import Image from "next/image";
import { thumbnailKey } from "@/lib/images/keys";

type Props = { film: { title: string; poster: { storageKey: string } | null } };

/** The film's poster at row size, or a blank of the same shape so rows line up. */
export function PosterThumbnail({ film }: Props) {
  if (!film.poster) return <div aria-hidden="true" className="h-[72px] w-12 shrink-0 rounded bg-stone-200" />;
  return (
    <Image
      src={`/media/${thumbnailKey(film.poster.storageKey)}`}
      alt={`Poster of ${film.title}`}
      width={48}
      height={72}
      className="h-[72px] w-12 shrink-0 rounded object-cover"
    />
  );
}
