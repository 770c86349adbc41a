import type { Metadata } from "next";
import { AboutView } from "@/components/about/about-view";
import { installedSources } from "@/lib/sources/installed";

export const metadata: Metadata = {
  title: "About",
  description:
    "How Keyframe works, its open data licences (ODbL 1.0 for the database, CC BY-SA 4.0 for its text), its sources, the API and the data dumps.",
};

// Prerendered at build time: the sources' versions are those installed when the site was built.
export default function AboutRoute() {
  return <AboutView sources={installedSources()} />;
}
