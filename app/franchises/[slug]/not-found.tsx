import { TagNotFound } from "@/components/browse/tag-not-found";

export default function FranchiseNotFound() {
  return <TagNotFound kind="Franchise" indexHref="/franchises" indexLabel="all franchises" />;
}
