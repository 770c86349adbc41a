/** A problem the person starting Keyframe can fix: one clear line, then a non-zero exit. */
export class StartupError extends Error {}

export function exitWith(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof StartupError ? `\n✖ ${message}\n` : error);
  process.exit(1);
}
