import { describe, expect, it } from "vitest";
import { filmMetadata } from "@/lib/films/metadata";

const base = new URL("http://localhost:3999");
const film = {
  slug: "memories",
  title: "Memories",
  year: 1995,
  format: "FILM" as const,
  deck: "",
  description: "A 1995 anthology film. Three stories.",
  poster: { storageKey: "films/1/abc.webp", width: 600, height: 848 },
};

describe("filmMetadata", () => {
  it("describes the film and shows its poster to link previews, at absolute addresses", () => {
    const metadata = filmMetadata(film, new Map(), base);
    expect(metadata.description).toBe("A 1995 anthology film. Three stories.");
    expect(metadata.alternates).toEqual({ canonical: "http://localhost:3999/films/memories" });
    expect(metadata.openGraph).toMatchObject({
      type: "video.movie",
      title: "Memories",
      description: "A 1995 anthology film. Three stories.",
      url: "http://localhost:3999/films/memories",
      images: [
        { url: "http://localhost:3999/media/films/1/abc.webp", width: 600, height: 848, alt: "Poster of Memories" },
      ],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", title: "Memories" });
  });

  it("has a small card and no image without a poster", () => {
    const metadata = filmMetadata({ ...film, poster: null, deck: "The deck." }, new Map(), base);
    expect(metadata.description).toBe("The deck.");
    expect(metadata.twitter).toMatchObject({ card: "summary" });
    expect(metadata.openGraph).toMatchObject({ images: undefined });
  });
});
