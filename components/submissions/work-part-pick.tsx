import { optionsWith, SelectField } from "@/components/forms/select-field";
import type { WorkPartChoices } from "@/lib/submissions/sections/work-parts";

type Props = {
  choices: WorkPartChoices;
  /** The row's inputs and values: its segment by title, its episode by code. */
  segment: { name: string; value: string };
  episode: { name: string; value: string };
  errors: Partial<Record<string, string[]>>;
};

/**
 * The part of the work a credit or character row is for: a segment of a film, an episode of a
 * series. Only the kind the work's format has is offered; a row already naming the other kind
 * keeps its pick, so saving the form never drops it unseen.
 */
export function WorkPartPick({ choices, segment, episode, errors }: Props) {
  const series = choices.parts === "episodes";
  return (
    <>
      {!series || segment.value ? (
        <SelectField
          name={segment.name}
          label="Segment"
          options={optionsWith(
            [
              { value: "", label: "The whole film" },
              ...choices.segments.map((title) => ({ value: title, label: title })),
            ],
            segment.value,
          )}
          defaultValue={segment.value}
          errors={errors[segment.name]}
        />
      ) : null}
      {series || episode.value ? (
        <SelectField
          name={episode.name}
          label="Episode"
          options={optionsWith(
            [
              { value: "", label: "The whole series" },
              ...choices.episodes.map(({ value, label }) => ({ value, label: label ?? value })),
            ],
            episode.value,
          )}
          defaultValue={episode.value}
          errors={errors[episode.name]}
        />
      ) : null}
    </>
  );
}
