// One zone for everybody, so a moderator and an author quoting a time see the same one.
const format = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** A moment as a machine-readable <time>, shown to the minute in UTC. */
export function SubmittedTime({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{format.format(date)} UTC</time>;
}
