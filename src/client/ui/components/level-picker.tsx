// The level a competence is held or needed at, as three radio buttons: one picker where a
// person registers a competence (Mig) and where a leader sets the level a need counts from.
import type { Level } from '../../../shared/entities';
import { useT } from '../context';

interface Props {
  legend: string;
  /** The radio group's name: unique on the page, so two pickers never share a choice. */
  name: string;
  value: Level;
  onChange(level: Level): void;
}

export function LevelPicker({ legend, name, value, onChange }: Props) {
  const t = useT();
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      <div class="segmented">
        {([1, 2, 3] as const).map((level) => (
          <label key={level}>
            <input type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} />
            <span>{t(`level${level}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
