import type { StudioPage } from "./queries";

/** schema.org `Organization` for search engines, from what the studio page shows. */
export function studioStructuredData(studio: StudioPage, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: studio.name,
    url,
    ...(studio.nativeName ? { alternateName: studio.nativeName } : {}),
    ...(studio.deck ? { description: studio.deck } : {}),
  };
}
