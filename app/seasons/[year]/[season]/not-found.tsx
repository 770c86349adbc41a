import { TagNotFound } from "@/components/browse/tag-not-found";

export default function SeasonNotFound() {
  return <TagNotFound kind="Season" indexHref="/seasons" indexLabel="all seasons" />;
}
