const moment = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** When a revision was made, in UTC, so every reader sees the same time as the feed. */
export function RevisionTime({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{moment.format(at)} UTC</time>;
}
