// The browser's own checks of a form's controls (required, min and max, e-mail, pattern,
// maxlength), said in the app's words and shown by the kit, in place of the browser's
// bubbles: those are in the browser's language, vanish after a moment and are not styled.
import type { FormError } from './form-errors';
import '../../../shared/i18n/sections/forms';
import type { SayFormWord } from './form-words';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isControl = (element: Element): element is Control =>
  element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;

/** What is wrong with one control that fails the browser's checks. */
export function constraintMessage(control: Control, say: SayFormWord): string {
  // A field may say it its own way (data-invalid-message, the kit's `invalidMessage`).
  const own = control.dataset.invalidMessage;
  if (own) return own;
  const validity = control.validity;
  const type = control instanceof HTMLInputElement ? control.type : control.tagName.toLowerCase();
  if (validity.valueMissing) {
    if (type === 'checkbox' || type === 'radio' || type === 'select') return say('formChooseOne');
    return type === 'datetime-local' ? say('formNotDate') : say('formMissing');
  }
  if (validity.badInput) return type === 'number' ? say('formNotNumber') : say('formNotDate');
  if (validity.typeMismatch) return type === 'email' ? say('formNotEmail') : say('formWrongForm');
  if (validity.rangeUnderflow && 'min' in control) return say('formAtLeast', { min: control.min });
  if (validity.rangeOverflow && 'max' in control) return say('formAtMost', { max: control.max });
  if (validity.stepMismatch) return say('formWholeNumber');
  if (validity.tooLong && 'maxLength' in control) return say('formTooLong', { max: control.maxLength });
  return say('formWrongForm');
}

/** Every control of `form` that fails the browser's checks, in the order of the form. */
export function constraintErrors(form: HTMLFormElement, say: SayFormWord): FormError[] {
  const errors: FormError[] = [];
  const radioGroups = new Set<string>();
  for (const element of Array.from(form.elements)) {
    if (!isControl(element) || element.disabled || element.validity.valid) continue;
    // A radio group is one question: one error, on its first button.
    if (element instanceof HTMLInputElement && element.type === 'radio') {
      if (radioGroups.has(element.name)) continue;
      radioGroups.add(element.name);
    }
    errors.push({ field: element.id || undefined, message: constraintMessage(element, say) });
  }
  return errors;
}
