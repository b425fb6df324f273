// The kit's fields, one look for every form: a real <label>, a hint, the control (at least
// 44 px high, 16 px text so iPhones do not zoom, the theme's colours in light and dark),
// and its error under it, tied to the control by aria-describedby and aria-invalid.
import { FormFrame } from './form-frame';
import '../../../shared/i18n/sections/forms';
import type { ComponentChildren, PartialInputHTMLAttributes, PartialSelectHTMLAttributes, Ref, TextareaHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';
import { useFieldError } from './form-errors';
import { useFormWords } from './form-words';

/** What every field takes besides its control's own attributes. */
export interface FieldProps {
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** The control's id (errors name it); one is made up when not given. */
  id?: string;
  /** Shown under the control; found in the form's errors by id when not given. */
  error?: string;
  /** Said in place of the kit's words when the browser's checks fail (required, min, max …). */
  invalidMessage?: string;
  /** Between the control and its error (a count of characters left); give it an id in aria-describedby. */
  below?: ComponentChildren;
  /** A class for the field's frame (its layout among other fields). */
  class?: string;
}

type Kept<T> = Omit<T, 'id' | 'class' | 'className' | 'type' | 'ref' | 'children' | 'label' | 'role' | 'list'>;

/** A field's own props apart from those handed to its control. */
function split<T extends FieldProps>({ label, hint, id, error, invalidMessage, below, class: frameClass, ...control }: T) {
  return [{ label, hint, id, error, invalidMessage, below, class: frameClass }, control] as const;
}

/** The frame and the control's ARIA: what TextField, SelectField and the rest share. */
function useField(field: FieldProps, describedByOwn: unknown) {
  const made = useId();
  const id = field.id ?? `field-${made}`;
  const error = useFieldError(id, field.error);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const own = typeof describedByOwn === 'string' ? describedByOwn : undefined;
  const aria = {
    id,
    'aria-describedby': [hintId, own, errorId].filter(Boolean).join(' ') || undefined,
    'aria-invalid': error ? ('true' as const) : undefined,
    'data-invalid-message': field.invalidMessage,
  };
  const frame = (control: ComponentChildren) => (
    <FormFrame id={id} label={field.label} hint={field.hint} hintId={hintId} error={error} errorId={errorId} below={field.below} class={field.class}>
      {control}
    </FormFrame>
  );
  return { aria, frame };
}

export interface TextFieldProps extends FieldProps, Kept<PartialInputHTMLAttributes<HTMLInputElement>> {
  type?: 'text' | 'email' | 'tel' | 'search' | 'url';
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({ type = 'text', inputRef, ...props }: TextFieldProps) {
  const [field, control] = split(props);
  const { aria, frame } = useField(field, control['aria-describedby']);
  const input = { ...control, ...aria, ref: inputRef, class: 'form-control' };
  // One element per type: each has its own role in Preact's types (searchbox, textbox).
  switch (type) {
    case 'email': return frame(<input {...input} type="email" />);
    case 'tel': return frame(<input {...input} type="tel" />);
    case 'search': return frame(<input {...input} type="search" />);
    case 'url': return frame(<input {...input} type="url" />);
    default: return frame(<input {...input} type="text" />);
  }
}

export interface LongTextFieldProps extends FieldProps, Kept<TextareaHTMLAttributes<HTMLTextAreaElement>> {
  inputRef?: Ref<HTMLTextAreaElement>;
}

export function LongTextField({ inputRef, rows = 4, ...props }: LongTextFieldProps) {
  const [field, control] = split(props);
  const { aria, frame } = useField(field, control['aria-describedby']);
  return frame(<textarea {...control} {...aria} ref={inputRef} rows={rows} class="form-control form-control--long" />);
}

export type NumberFieldProps = FieldProps & Kept<PartialInputHTMLAttributes<HTMLInputElement>>;

/** A whole number by default: the phone's number pad, a narrow box. */
export function NumberField({ inputMode = 'numeric', step = 1, ...props }: NumberFieldProps) {
  const [field, control] = split(props);
  const { aria, frame } = useField(field, control['aria-describedby']);
  return frame(<input {...control} {...aria} type="number" inputMode={inputMode} step={step} class="form-control form-control--number" />);
}

export type DateFieldProps = FieldProps & Kept<PartialInputHTMLAttributes<HTMLInputElement>>;

/** A calendar day ("2027-03-10"): the phone's own date picker. */
export function DateField(props: DateFieldProps) {
  const [field, control] = split(props);
  const { aria, frame } = useField(field, control['aria-describedby']);
  return frame(<input {...control} {...aria} type="date" class="form-control form-control--date" />);
}

/**
 * A date and a time of day in Danish time, said in its hint: the value is the wall clock
 * ("2027-03-10T14:00"); shared/time/copenhagen-time.ts turns it into the instant stored and back.
 */
export function DateTimeField(props: DateFieldProps) {
  const say = useFormWords();
  const [field, control] = split(props);
  const hint = field.hint ? <>{say('formDanishTime')} {field.hint}</> : say('formDanishTime');
  const { aria, frame } = useField({ ...field, hint }, control['aria-describedby']);
  return frame(<input {...control} {...aria} type="datetime-local" class="form-control form-control--date" />);
}

export interface SelectFieldProps extends FieldProps, Kept<PartialSelectHTMLAttributes<HTMLSelectElement>> {
  children: ComponentChildren;
}

export function SelectField({ children, ...props }: SelectFieldProps) {
  const [field, control] = split(props);
  const { aria, frame } = useField(field, control['aria-describedby']);
  return frame(<select {...control} {...aria} class="form-control form-control--select">{children}</select>);
}

export interface FileFieldProps extends FieldProps, Kept<PartialInputHTMLAttributes<HTMLInputElement>> {
  inputRef?: Ref<HTMLInputElement>;
}

/** A file from the phone or computer (the organisation import's HR file). */
export function FileField({ inputRef, ...props }: FileFieldProps) {
  const [field, control] = split(props);
  const { aria, frame } = useField(field, control['aria-describedby']);
  return frame(<input {...control} {...aria} ref={inputRef} type="file" class="form-control form-control--file" />);
}
