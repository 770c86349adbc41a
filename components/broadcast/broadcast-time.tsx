import { formatJapanTime } from "@/lib/broadcast/schedule";
import { LocalTime } from "./local-time";

/** A broadcast's instant in Japan time, and in the reader's own once their browser has run. */
export function BroadcastTime({ instant }: { instant: Date }) {
  const iso = instant.toISOString();
  return (
    <>
      <time dateTime={iso}>{formatJapanTime(instant)}</time>
      <LocalTime iso={iso} />
    </>
  );
}
