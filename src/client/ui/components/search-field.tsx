// The form kit's search box for a list (Kalender, Netværk, Læring): a search landmark around
// the kit's text field (a real label, at least 44 px high, 16 px text so iPhones do not
// zoom, the theme's colours in light and dark), with the phone's "search" key, which closes
// the keyboard (the list below already follows each letter).
import './search-field.css';
import type { ComponentChildren } from 'preact';
import { TextField } from './form-fields';

export interface SearchFieldProps {
  label: ComponentChildren;
  value: string;
  onInput(value: string): void;
  hint?: ComponentChildren;
  /** The control's id; one is made up when not given. */
  id?: string;
  maxLength?: number;
  'data-testid'?: string;
}

export function SearchField({ label, value, onInput, hint, id, maxLength = 200, 'data-testid': testId }: SearchFieldProps) {
  return (
    <form role="search" class="search-field" onSubmit={(event) => {
      event.preventDefault();
      event.currentTarget.querySelector('input')?.blur();
    }}>
      <TextField type="search" label={label} hint={hint} id={id} value={value} maxLength={maxLength}
        autocomplete="off" enterKeyHint="search" data-testid={testId}
        onInput={(event) => onInput(event.currentTarget.value)} />
    </form>
  );
}
