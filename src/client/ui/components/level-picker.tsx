// The level a competence is held or needed at, as three radio buttons: one picker where a
// person registers a competence (Mig) and where a leader sets the level a need counts from.
import type { Level } from '../../../shared/entities';
import { useT } from '../context';
import { RadioGroup } from './form-choices';

interface Props {
  legend: string;
  /** The radio group's name: unique on the page, so two pickers never share a choice. */
  name: string;
  value: Level;
  onChange(level: Level): void;
}

const LEVELS = { 1: 1, 2: 2, 3: 3 } as const satisfies Record<Level, Level>;

export function LevelPicker({ legend, name, value, onChange }: Props) {
  const t = useT();
  return (
    <RadioGroup<`${Level}`> legend={legend} name={name} segmented value={`${value}`} onChange={(level) => onChange(LEVELS[level])}
      options={([1, 2, 3] as const).map((level) => ({ value: `${level}` as const, label: t(`level${level}`) }))} />
  );
}
