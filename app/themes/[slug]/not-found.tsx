import { TagNotFound } from "@/components/browse/tag-not-found";

export default function ThemeNotFound() {
  return <TagNotFound kind="Theme" indexHref="/themes" indexLabel="all themes" />;
}
