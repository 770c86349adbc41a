/**
 * The "New person" (or "New character") checkbox beside a row's name: ticked, the name is of an
 * entry Keyframe lacks, created when the edit is approved.
 */
export function NewEntryTick({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-2 self-end pb-2 text-sm">
      <input type="checkbox" name={name} value="on" defaultChecked={checked} />
      {label}
    </label>
  );
}
