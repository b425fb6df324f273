// Whether a touch device's on-screen keyboard is open, so the tab bar can give results the
// room. The keyboard shrinks the visual viewport, not the layout one (window.innerHeight);
// a text field must have focus too, since pinch-zoom shrinks the visual viewport as well
// and Android's back gesture closes the keyboard without blurring the field.
import { useEffect, useState } from 'preact/hooks';

/** Less than this much of the layout viewport left: a keyboard, not a browser bar. */
const KEYBOARD_SHARE = 0.8;
const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'password']);

function isTextEntry(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_TYPES.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

function keyboardOpen(): boolean {
  if (!isTextEntry(document.activeElement)) return false;
  const viewport = window.visualViewport;
  // Without the visual viewport API (old browsers), a focused field on a touch screen is the best sign.
  if (!viewport) return true;
  return viewport.height * viewport.scale < window.innerHeight * KEYBOARD_SHARE;
}

export function useSoftKeyboardOpen(): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const touch = window.matchMedia?.('(pointer: coarse)');
    if (!touch?.matches) return;
    const update = () => setOpen(keyboardOpen());
    // The viewport settles after focus moves: look again once it has.
    const later = () => { update(); setTimeout(update, 300); };
    document.addEventListener('focusin', later);
    document.addEventListener('focusout', later);
    window.visualViewport?.addEventListener('resize', update);
    return () => {
      document.removeEventListener('focusin', later);
      document.removeEventListener('focusout', later);
      window.visualViewport?.removeEventListener('resize', update);
    };
  }, []);
  return open;
}
