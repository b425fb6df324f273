// A form's errors as the kit shows them: each about one control (by its id) or about the
// whole form, listed in the summary at the top and, for a control, under it. A failed
// submit counts as an attempt: the form then focuses the first error and scrolls to it.
import { createContext } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';

export interface FormError {
  /** The id of the control the error is about; none for an error of the whole form. */
  field?: string;
  message: string;
}

export interface FormErrors {
  readonly list: readonly FormError[];
  /** Grows at each `show` with errors: the form moves focus to the first one then. */
  readonly attempt: number;
  /** A failed submit: these errors replace the shown ones, and the first gets focus. */
  show(list: readonly FormError[]): void;
  /** Takes away the errors of one control (it was changed), or all of them. */
  clear(field?: string): void;
  /** The error shown under a control. */
  of(field: string): string | undefined;
}

export function useFormErrors(): FormErrors {
  const [state, setState] = useState<{ list: readonly FormError[]; attempt: number }>({ list: [], attempt: 0 });
  return useMemo(() => ({
    list: state.list,
    attempt: state.attempt,
    show: (list) => setState((s) => ({ list: [...list], attempt: list.length > 0 ? s.attempt + 1 : s.attempt })),
    clear: (field) => setState((s) => {
      const list = field === undefined ? [] : s.list.filter((error) => error.field !== field);
      return list.length === s.list.length ? s : { ...s, list };
    }),
    of: (field) => state.list.find((error) => error.field === field)?.message,
  }), [state]);
}

/** The errors of the form a field stands in; null outside a kit form. */
export const FormErrorsContext = createContext<FormErrors | null>(null);

/** A field's error: given to it, or found in its form's errors by the control's id. */
export function useFieldError(id: string, given: string | undefined): string | undefined {
  const errors = useContext(FormErrorsContext);
  return given ?? errors?.of(id);
}

/**
 * Brings an error into view and puts focus on it: the control (its label, hint and error
 * scrolled to the middle of the screen, clear of the sticky top line and the tab bar), or
 * `fallback` (the summary) for an error of the whole form or a control not on the page.
 */
export function focusError(error: FormError | undefined, fallback: HTMLElement | null): void {
  const control = error?.field ? document.getElementById(error.field) : null;
  const target = control ?? fallback;
  if (!target) return;
  const shown = target.closest('.form-field, .form-group') ?? target;
  // jsdom (the unit tests) has no layout and no scrollIntoView.
  if (typeof shown.scrollIntoView === 'function') shown.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
