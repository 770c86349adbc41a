import type { ListSeed, UserSeed } from "./types";

// The users that Memories' page names. None has a password: they cannot sign in.
export const communityUsers: UserSeed[] = [
  // The page's only Top Editor; the seed's revisions are theirs.
  { username: "mandatory-network", displayName: "Mandatory Network" },
  { username: "obsidian609", displayName: "Obsidian609" },
  { username: "shels", displayName: "shels" },
  { username: "jlanzer", displayName: "jlanzer" },
];

/** Proposer of every revision the seed records. */
export const SEED_EDITOR = "mandatory-network";

export const SEED_REVISION_SUMMARY = "Imported from the original wiki page";

/** Signed-in accounts for development only, each with `DEVELOPMENT_PASSWORD`. */
export const DEVELOPMENT_USERS = [
  { username: "admin", displayName: "admin", role: "ADMIN" },
  { username: "moderator", displayName: "moderator", role: "MODERATOR" },
  { username: "editor", displayName: "editor", role: "USER" },
] as const satisfies readonly (UserSeed & {
  role: "ADMIN" | "MODERATOR" | "USER";
})[];

export const DEVELOPMENT_PASSWORD = "memories-1995";

// The page's "Top Rated Lists". Its item counts (334, 181, 95) came from a far bigger catalogue;
// here each list ranks every seeded film. Likes make "most liked first" deterministic: 3, 2, 1.
export const lists: ListSeed[] = [
  {
    owner: "obsidian609",
    title: "Seen and Watched",
    description: "",
    films: [
      "akira",
      "memories",
      "cowboy-bebop",
      "neon-genesis-evangelion",
      "steamboy",
      "wolfs-rain",
      "roujin-z",
      "darker-than-black",
      "robot-carnival",
      "neo-tokyo",
      "slayers",
      "canaan",
      "lost-universe",
      "ichiban-ushiro-no-dai-mao",
    ],
    likedBy: ["shels", "jlanzer", "mandatory-network"],
  },
  {
    owner: "shels",
    title: "anime list",
    description: "",
    films: [
      "cowboy-bebop",
      "neon-genesis-evangelion",
      "memories",
      "akira",
      "darker-than-black",
      "wolfs-rain",
      "slayers",
      "canaan",
      "steamboy",
      "lost-universe",
      "ichiban-ushiro-no-dai-mao",
      "neo-tokyo",
      "robot-carnival",
      "roujin-z",
    ],
    likedBy: ["jlanzer", "mandatory-network"],
  },
  {
    owner: "jlanzer",
    title: "completed anime with some ongoing",
    description: "",
    films: [
      "neon-genesis-evangelion",
      "cowboy-bebop",
      "darker-than-black",
      "akira",
      "slayers",
      "memories",
      "wolfs-rain",
      "canaan",
      "ichiban-ushiro-no-dai-mao",
      "lost-universe",
      "steamboy",
      "roujin-z",
      "robot-carnival",
      "neo-tokyo",
    ],
    likedBy: ["mandatory-network"],
  },
];
