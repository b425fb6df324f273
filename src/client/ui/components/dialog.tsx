// A modal dialog of the app's own (never window.confirm), on the browser's <dialog>: it
// keeps focus inside, closes on Escape and gives focus back where it was. `sheet` slides
// up from the bottom edge, where a thumb reaches it; a tap beside it closes it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  open: boolean;
  onClose(): void;
  labelledBy: string;
  describedBy?: string;
  variant: 'sheet' | 'alert';
  testId?: string;
  children: ComponentChildren;
}

export function Dialog({ open, onClose, labelledBy, describedBy, variant, testId, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      class={`dialog dialog--${variant}`}
      role={variant === 'alert' ? 'alertdialog' : undefined}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-testid={testId}
      onClose={onClose}
      // The dialog element itself is only hit beside the panel (its ::backdrop).
      onClick={(event) => { if (variant === 'sheet' && event.target === ref.current) onClose(); }}
    >
      {open && <div class="dialog__panel">{children}</div>}
    </dialog>
  );
}
