// The kit's frame around one control: a real <label>, a hint, the control, what goes
// below it, and its error — the markup and classes (form-kit.css) every field shares.
// A module of its own, with no words and no form context, so that the first paint's one
// field (Find's search box, search-field.tsx) can use it within its budget.
import './form-kit.css';
import type { ComponentChildren } from 'preact';

export interface FrameProps {
  /** The control's id: the label's `for`. */
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** The hint's id, when there is a hint (the control's aria-describedby names it). */
  hintId?: string;
  error?: string;
  errorId?: string;
  below?: ComponentChildren;
  class?: string;
  children: ComponentChildren;
}

export function FormFrame({ id, label, hint, hintId, error, errorId, below, class: frameClass, children }: FrameProps) {
  return (
    <div class={['form-field', error && 'form-field--invalid', frameClass].filter(Boolean).join(' ')}>
      <label class="form-field__label" for={id}>{label}</label>
      {hint && <p class="form-field__hint" id={hintId}>{hint}</p>}
      {children}
      {below}
      {error && <p class="form-field__error" id={errorId}>{error}</p>}
    </div>
  );
}
