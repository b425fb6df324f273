// The form kit's search box for a list (Kalender, Netværk, Læring): a search landmark around
// the kit's text field (a real label, at least 44 px high, 16 px text so iPhones do not
// zoom, the theme's colours in light and dark), with the phone's "search" key, which closes
// the keyboard (the list below already follows each letter).
import './search-field.css';
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { FormFrame } from './form-frame';

export interface SearchFieldProps {
  label: ComponentChildren;
  value: string;
  onInput(value: string): void;
  hint?: ComponentChildren;
  /** The control's id; one is made up when not given. */
  id?: string;
  maxLength?: number;
  'data-testid'?: string;
  /** The box is about to be used (focus or touch): e.g. start loading what the search needs. */
  onActivate?(): void;
}

export function SearchField({ label, value, onInput, hint, id, maxLength = 200, 'data-testid': testId, onActivate }: SearchFieldProps) {
  const made = useId();
  const controlId = id ?? `field-${made}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  return (
    <form role="search" class="search-field" onSubmit={(event) => {
      event.preventDefault();
      event.currentTarget.querySelector('input')?.blur();
    }}>
      {/* The kit's frame and control class, without the form kit's words and error context:
          Find's box is part of the first paint (60 KB), and a search box has no error to say. */}
      <FormFrame id={controlId} label={label} hint={hint} hintId={hintId}>
        <input type="search" id={controlId} class="form-control search-field__control" value={value} maxLength={maxLength} aria-describedby={hintId}
          autocomplete="off" enterKeyHint="search" data-testid={testId} name="q"
          onFocus={onActivate} onPointerDown={onActivate}
          onInput={(event) => onInput(event.currentTarget.value)} />
      </FormFrame>
    </form>
  );
}
