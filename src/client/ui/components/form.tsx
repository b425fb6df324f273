// The kit's form: the summary of its errors at the top (each a link to its control), the
// browser's checks said in the app's words, and on a failed submit the first error focused
// and scrolled into view. The screen's own checks go through `errors.show` the same way.
import './form-kit.css';
import '../../../shared/i18n/sections/forms';
import type { ComponentChildren, FormHTMLAttributes, TargetedSubmitEvent } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { FormErrorsContext, focusError, type FormErrors } from './form-errors';
import { constraintErrors } from './form-validity';
import { useFormWords } from './form-words';

export type FormSubmitEvent = TargetedSubmitEvent<HTMLFormElement>;

interface FormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate' | 'novalidate'> {
  errors: FormErrors;
  /** Called when the browser's checks pass; the default (a page load) is already prevented. */
  onSubmit(event: FormSubmitEvent): void;
  /** What comes above the summary: the form's heading (and a line under it). */
  head?: ComponentChildren;
  children?: ComponentChildren;
}

export function Form({ errors, onSubmit, head, children, ...rest }: FormProps) {
  const say = useFormWords();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.attempt > 0) focusError(errors.list[0], summary.current);
    // Only a new failed submit moves focus, not a change of the list while typing.
  }, [errors.attempt]);

  function submit(event: FormSubmitEvent) {
    event.preventDefault();
    const found = constraintErrors(event.currentTarget, say);
    if (found.length > 0) { errors.show(found); return; }
    errors.clear();
    onSubmit(event);
  }

  return (
    <form {...rest} noValidate onSubmit={submit}>
      <FormErrorsContext.Provider value={errors}>
        {head}
        <ErrorSummary errors={errors} summaryRef={summary} />
        {children}
      </FormErrorsContext.Provider>
    </form>
  );
}

/**
 * The errors as links at the top of the form. Only the list is the live region (role
 * alert): a screen reader says the errors themselves when they appear, not the title.
 */
function ErrorSummary({ errors, summaryRef }: { errors: FormErrors; summaryRef: { current: HTMLDivElement | null } }) {
  const say = useFormWords();
  const titleId = useId();
  if (errors.list.length === 0) return null;
  return (
    <div class="form-summary" tabIndex={-1} ref={summaryRef} data-testid="form-summary">
      <p class="form-summary__title" id={titleId}>{say('formSummaryTitle')}</p>
      <div role="alert">
        <ul class="form-summary__list" aria-labelledby={titleId}>
          {errors.list.map((error, index) => (
            <li key={`${error.field ?? ''}-${index}`}>
              {error.field ? (
                <a href={`#${error.field}`} onClick={(event) => {
                  // Not a change of address: the router would take it for a navigation.
                  event.preventDefault();
                  focusError(error, null);
                }}>{error.message}</a>
              ) : error.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
