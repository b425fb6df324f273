// The kit's choices: one checkbox, a group of checkboxes (several of a list) and a group of
// radio buttons (one of a list), each a fieldset with its legend, hint and error; every
// choice is a label as tall as a touch target, its text at least 16 px.
import './form-kit.css';
import type { ComponentChildren, PartialInputHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';
import { useFieldError } from './form-errors';

type CheckboxProps = Omit<PartialInputHTMLAttributes<HTMLInputElement>, 'type' | 'class' | 'className' | 'role' | 'list' | 'label' | 'children'> & {
  label: ComponentChildren;
  /** A class for the label around it. */
  class?: string;
};

/** One checkbox and its words, the whole line a touch target. */
export function Checkbox({ label, class: frameClass, ...control }: CheckboxProps) {
  return (
    <label class={['form-check', frameClass].filter(Boolean).join(' ')}>
      <input {...control} type="checkbox" />
      <span>{label}</span>
    </label>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: ComponentChildren;
  disabled?: boolean;
}

interface GroupProps {
  legend: ComponentChildren;
  hint?: ComponentChildren;
  /** The id of the first choice: what an error of the group names and the summary links to. */
  id?: string;
  error?: string;
  class?: string;
  /** After the choices, inside the fieldset (a follow-up question). */
  children?: ComponentChildren;
}

/** The fieldset, legend, hint and error a group of choices shares. */
function useGroup(props: GroupProps) {
  const made = useId();
  const id = props.id ?? `group-${made}`;
  const error = useFieldError(id, props.error);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const frame = (choices: ComponentChildren) => (
    <fieldset class={['form-group', error && 'form-group--invalid', props.class].filter(Boolean).join(' ')}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend class="form-group__legend">{props.legend}</legend>
      {props.hint && <p class="form-field__hint" id={hintId}>{props.hint}</p>}
      {choices}
      {error && <p class="form-field__error" id={errorId}>{error}</p>}
      {props.children}
    </fieldset>
  );
  return { id, frame, invalid: error ? ('true' as const) : undefined };
}

interface CheckboxGroupProps<V extends string> extends GroupProps {
  name?: string;
  options: readonly Choice<V>[];
  /** The ticked values, when the screen holds them; else `defaultValues` and the form's data. */
  values?: readonly V[];
  defaultValues?: readonly V[];
  onChange?(values: V[]): void;
}

export function CheckboxGroup<V extends string>(props: CheckboxGroupProps<V>) {
  const { id, frame, invalid } = useGroup(props);
  const { name, options, values, defaultValues, onChange } = props;
  return frame(
    <ul class="form-choices">
      {options.map((option, index) => (
        <li key={option.value}>
          <Checkbox label={option.label} name={name} value={option.value} disabled={option.disabled}
            id={index === 0 ? id : undefined} aria-invalid={invalid}
            checked={values ? values.includes(option.value) : undefined}
            defaultChecked={values ? undefined : defaultValues?.includes(option.value)}
            onChange={onChange && ((event) => {
              const ticked = event.currentTarget.checked;
              const now = values ?? [];
              onChange(ticked ? [...now.filter((v) => v !== option.value), option.value] : now.filter((v) => v !== option.value));
            })} />
        </li>
      ))}
    </ul>,
  );
}

interface RadioGroupProps<V extends string> extends GroupProps {
  /** The group's name: unique on the page, so two groups never share a choice. */
  name: string;
  options: readonly Choice<V>[];
  value: V;
  onChange(value: V): void;
  /** Side by side as buttons (a level: Grundlæggende, Erfaren, Ekspert), not a list. */
  segmented?: boolean;
}

export function RadioGroup<V extends string>(props: RadioGroupProps<V>) {
  const { id, frame, invalid } = useGroup(props);
  const { name, options, value, onChange, segmented } = props;
  return frame(
    <div class={segmented ? 'form-choices form-choices--segmented' : 'form-choices'}>
      {options.map((option, index) => (
        <label key={option.value} class="form-check">
          <input type="radio" name={name} value={option.value} checked={value === option.value} disabled={option.disabled}
            id={index === 0 ? id : undefined} aria-invalid={invalid} onChange={() => onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </div>,
  );
}
