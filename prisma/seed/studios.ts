import type { StudioSeed } from "./types";

// Studios credited on the seeded works, with native names only where certain.
export const studios: StudioSeed[] = [
  {
    slug: "studio-4c",
    name: "Studio 4°C",
    nativeName: "スタジオ4℃",
    deck: "Animation studio in Tokyo.",
    description: "Made [[film:memories|Memories]]' Magnetic Rose and Cannon Fodder.",
  },
  {
    slug: "madhouse",
    name: "Madhouse",
    nativeName: "マッドハウス",
    deck: "Animation studio in Tokyo.",
    description: "",
  },
  {
    slug: "shochiku",
    name: "Shochiku",
    nativeName: "松竹",
    deck: "Film and theatre company.",
    description: "",
  },
  {
    slug: "tokyo-movie-shinsha",
    name: "Tokyo Movie Shinsha",
    nativeName: "東京ムービー新社",
    deck: "Animation studio in Tokyo.",
    description: "",
  },
  {
    slug: "sunrise",
    name: "Sunrise",
    nativeName: "サンライズ",
    deck: "Animation studio in Tokyo.",
    description: "",
  },
  {
    slug: "triangle-staff",
    name: "Triangle Staff",
    nativeName: "トライアングルスタッフ",
    deck: "Animation studio in Tokyo.",
    description: "Animated [[film:serial-experiments-lain|Serial Experiments Lain]].",
  },
  {
    slug: "gainax",
    name: "Gainax",
    nativeName: "ガイナックス",
    deck: "Animation studio in Tokyo.",
    description: "",
  },
  {
    slug: "tatsunoko-production",
    name: "Tatsunoko Production",
    nativeName: "タツノコプロ",
    deck: "Animation studio in Tokyo.",
    description: "",
  },
];
