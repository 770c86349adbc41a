import { TagNotFound } from "@/components/browse/tag-not-found";

export default function GenreNotFound() {
  return <TagNotFound kind="Genre" indexHref="/genres" indexLabel="all genres" />;
}
