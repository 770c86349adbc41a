import type { PersonSeed } from "./types";

/** The controlled vocabulary of staff roles, in display order (position 1..n). */
export const CREDIT_ROLES: readonly string[] = [
  "Original Creator",
  "Director",
  "Writer",
  "Producer",
  "Character Artist/Designer",
  "Animation Director",
  "Art Director",
  "Key Animator",
  "Cinematographer",
  "Editor",
  "Music",
  "Sound Director",
];

// The people credited on Memories' page. A credit's line that is about the person in general
// is their `deck`, verbatim (typos included); `bio` repeats it with the works as wiki links.
// Native names only where certain.
export const people: PersonSeed[] = [
  {
    name: "Tensai Okamura",
    nativeName: "岡村天斎",
    deck: "He's the creator of Darker than Black and a director for many shows.",
    bio: "He's the creator of [[film:darker-than-black|Darker than Black]] and a director for many shows.",
  },
  { name: "Hirotsugu Kawasaki", nativeName: null, deck: "", bio: "" },
  { name: "Hidekazu Ohara", nativeName: null, deck: "", bio: "" },
  {
    name: "Koji Morimoto",
    nativeName: "森本晃司",
    deck: "Koji Morimoto was born December 26, 1959 in Japan, and is one of that nation's premier anime directors.",
    bio: "",
  },
  { name: "Katsuhiro Otomo", nativeName: "大友克洋", deck: "", bio: "" },
  {
    name: "Masahiro Ando",
    nativeName: null,
    deck: "A japanes animator/director who has worked in popular shows including Canaan, Cowboy Bebop, Wolf's Rain and Neon Genesis Evangelion.",
    bio: "A japanes animator/director who has worked in popular shows including [[film:canaan|Canaan]], [[film:cowboy-bebop|Cowboy Bebop]], [[film:wolfs-rain|Wolf's Rain]] and [[film:neon-genesis-evangelion|Neon Genesis Evangelion]].",
  },
  {
    name: "Takashi Watanabe",
    nativeName: null,
    deck: "A Japanese director who was best known for directing Slayers, Lost Universe and Ichiban Ushiro no Dai Maō.",
    bio: "A Japanese director who was best known for directing [[film:slayers|Slayers]], [[film:lost-universe|Lost Universe]] and [[film:ichiban-ushiro-no-dai-mao|Ichiban Ushiro no Dai Maō]].",
  },
  {
    name: "Satoshi Kon",
    nativeName: "今敏",
    deck: "Famous Anime Director Notable for his Realistic Character Designs and Psychological Storytelling",
    bio: "",
  },
  { name: "Yoko Kanno", nativeName: "菅野よう子", deck: "", bio: "" },
  { name: "Hiroyuki Nagashima", nativeName: null, deck: "", bio: "" },
  { name: "Jun Miyake", nativeName: "三宅純", deck: "", bio: "" },
];
