import type { FilmSeed } from "./types";

// Everything here comes from the film's page on the original wiki. Works that are not in the
// catalogue (Solaris, 2001, The Wall, the operas) stay plain text in italics.

const description = [
  "An anthology film in the tradition of [[film:robot-carnival|Robot Carnival]] and [[film:neo-tokyo|Neo-Tokyo]], hyped further for comprising three stories based on works by [[person:katsuhiro-otomo|Katsuhiro Otomo]]. For **Magnetic Rose** (*Kanojo no Omoide*, jpn: *Her Memories*, hence the title for the film), a group of space salvage operators find a gravity well in the center of the \"Sargasso\" area of space. Sensing booty, they investigate, to find that the giant metal rose is the mausoleum of a famous opera singer from the 20th century. Robots and holograms on the ship recreate the events of her life and her bitterness over her rejection by her lover, Carlo; though as the visitors dig deeper, they not only discover more sinister aspects of her past, but also that the mausoleum wants to drag them into the illusions forever. For astronaut Heintz Beckner, haunted by his daughter Emily's death on Earth, this is a tempting prospect, and [[person:koji-morimoto|Morimoto]]'s direction juxtaposes ultramodern sci-fi designs with the stately baroque interiors of the space station and the homespun farmhouse of Beckner's family. Redolent at times of Tarkovsky's *Solaris* (1971) and the poststargate scenes from *2001: A Space Odyssey* (1968), the Magnetic Rose sequence is one of the triumphs of anime, helped all the more by liberal extracts of Puccini's *Madame Butterfly* and *Tosca*, which manage to dwarf the other music by [[person:yoko-kanno|Yoko Kanno]], Japan's greatest living composer.",
  "The second sequence, **Stink Bomb**, reprises the runaway-weapon theme of [[person:katsuhiro-otomo|Otomo]]'s [[film:roujin-z|Roujin Z]]. Hapless scientific researcher Nobuo takes an antihistamine, unaware it is an experimental bioweapon that generates a fatal odor. Not realizing there are any ill effects, he heads for Tokyo to report to his bosses, while the military throw every weapon they have at him, and passersby drop dead in his tracks. Eventually, the task is left to foreign soldiers (thinly disguised Americans) whom the canny Japanese everyman effortlessly outwits. A well-made but lightweight comedy.",
  "The final part, **Cannon Fodder**, was the first anime [[person:katsuhiro-otomo|Otomo]] directed after [[film:akira|Akira]]. Originally planned as a 5-minute sequence, it ran well over time and budget, eventually reaching the 15-minute form shown. Set in a steam-punk world that recalls the animation sequences of Pink Floyd's *The Wall* (1982), it features a nameless boy living in a town whose entire existence revolves around an unexplained war with a distant foe. He goes to school to learn about gunnery, while his father goes to work on one of the giant cannons, shooting an immense shell over the horizon. Shot in a drained, drab color scheme, Cannon Fodder is a stinging indictment of war-the boy knows nothing except fighting and dreams of cartoon soldiers. It is also a masterpiece from Otomo, planned as a single, continuous tracking shot (though this is not sustained for the entire film) and utilizing digital effects and scoring, reputedly as an experiment for [[film:steamboy|Steam Boy]].",
].join("\n\n");

export const memories: FilmSeed = {
  slug: "memories",
  title: "Memories",
  nativeTitle: "MEMORIES",
  format: "FILM",
  contentRating: "R",
  runtimeMinutes: 115,
  // Not from the wiki page, like the links below (ids as bangumi-data lists them): three of Otomo's short stories.
  sourceMaterial: "MANGA",
  deck: "Three short stories featuring salvage space ship Corona responding to an S.O.S. from the mysterious Madame Butterfly, a young man accidentally becoming a weapon of (stinky) mass destruction, and a day in the life of a cannon city devoted to the destruction of a far away enemy.",
  description,
  segments: [
    {
      title: "Magnetic Rose",
      // Kanojo no Omoide, "Her Memories", which gives the film its title.
      nativeTitle: "彼女の想いで",
      synopsis:
        'Answering an S.O.S., the crew of the salvage space ship Corona find a gravity well in the center of the "Sargasso" area of space: a giant metal rose that turns out to be the mausoleum of a famous opera singer from the 20th century. Robots and holograms recreate the events of her life and her bitterness over her rejection by her lover, Carlo. As the salvagers dig deeper, they discover more sinister aspects of her past, and that the mausoleum wants to drag them into its illusions forever, a tempting prospect for astronaut Heintz Beckner, haunted by his daughter Emily\'s death on Earth.',
      runtimeMinutes: null,
    },
    {
      title: "Stink Bomb",
      nativeTitle: "最臭兵器",
      synopsis:
        "Hapless scientific researcher Nobuo takes an antihistamine, unaware it is an experimental bioweapon that generates a fatal odor. Not realizing there are any ill effects, he heads for Tokyo to report to his bosses, while the military throw every weapon they have at him and passersby drop dead in his tracks. Eventually the task is left to foreign soldiers, whom Nobuo, a canny Japanese everyman, effortlessly outwits.",
      runtimeMinutes: null,
    },
    {
      title: "Cannon Fodder",
      nativeTitle: "大砲の街",
      synopsis:
        "A day in the life of a cannon city devoted to the destruction of a far away enemy. In a steam-punk town whose entire existence revolves around an unexplained war with a distant foe, a nameless boy goes to school to learn about gunnery, while his father goes to work on one of the giant cannons, shooting an immense shell over the horizon. The boy knows nothing except fighting and dreams of cartoon soldiers.",
      runtimeMinutes: 15,
    },
  ],
  // The page's eleven credits, in the page's order. Segments: the description names Morimoto
  // (Magnetic Rose) and Otomo (Cannon Fodder); the music notes name theirs; Okamura directed
  // Stink Bomb and Kon wrote Magnetic Rose's screenplay.
  credits: [
    { person: "tensai-okamura", role: "Director", segment: 2, note: "" },
    {
      person: "hirotsugu-kawasaki",
      role: "Character Artist/Designer",
      segment: null,
      note: "",
    },
    {
      person: "hidekazu-ohara",
      role: "Character Artist/Designer",
      segment: null,
      note: "",
    },
    { person: "koji-morimoto", role: "Director", segment: 1, note: "" },
    { person: "katsuhiro-otomo", role: "Director", segment: 3, note: "" },
    { person: "masahiro-ando", role: "Key Animator", segment: null, note: "" },
    {
      person: "takashi-watanabe",
      role: "Art Director",
      segment: null,
      note: "",
    },
    { person: "satoshi-kon", role: "Writer", segment: 1, note: "" },
    {
      person: "yoko-kanno",
      role: "Music",
      segment: 1,
      note: 'Did the Soundtrack to the Magnetic Rose Segment and the ending theme "In yer Memory".',
    },
    {
      person: "hiroyuki-nagashima",
      role: "Music",
      segment: 3,
      note: "Did the Soundtrack to the Cannon Fodder Segment.",
    },
    {
      person: "jun-miyake",
      role: "Music",
      segment: 2,
      note: "Did the Soundtrack to the Stink Bomb Segment.",
    },
  ],
  releases: [
    {
      region: "US",
      title: "Memories",
      date: "2004-02-24",
      datePrecision: "DAY",
    },
    {
      region: "JP",
      title: "メモリーズ",
      date: "1995-12-23",
      datePrecision: "DAY",
    },
  ],
  // The wiki page's aliases: English, and none known to be the title of a release.
  aliases: [
    { title: "Katsuhiro Otomo Presents: Memories", language: "en", kind: "SYNONYM" },
    { title: "Magnetic Rose", language: "en", kind: "SYNONYM" },
    { title: "Cannon Fodder", language: "en", kind: "SYNONYM" },
    { title: "Stink bomb", language: "en", kind: "SYNONYM" },
  ],
  links: [
    { site: "mal", id: "1462" },
    { site: "anilist", id: "1462" },
    { site: "anidb", id: "262" },
    { site: "tmdb", id: "movie/42994" },
    { site: "bangumi", id: "3627" },
  ],
  // From its credits and Studio 4°C's own list of works: segments 1 and 3 there, 2 at Madhouse.
  companies: [
    { studio: "studio-4c", role: "ANIMATION_PRODUCTION", region: null, segment: 1 },
    { studio: "studio-4c", role: "ANIMATION_PRODUCTION", region: null, segment: 3 },
    { studio: "madhouse", role: "ANIMATION_PRODUCTION", region: null, segment: 2 },
    { studio: "shochiku", role: "DISTRIBUTOR", region: "JP", segment: null },
  ],
  history: ["description", "general", "credits", "segments", "aliases"],
};
