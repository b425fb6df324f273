// A short message above the tab bar with at most one action ("Fjernet · Fortryd"). It stays
// while the pointer or the focus is on it; a keyboard user's focus is taken to its action,
// since the button they pressed is gone. Announced politely to screen readers.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';

const SHOWN_MS = 8000;

export interface SnackbarSpec {
  text: string;
  action?: { label: string; accessibleLabel?: string; run(): void };
  /** Move focus to the action (the user acted by keyboard and their button is gone). */
  focusAction?: boolean;
}

const SnackbarContext = createContext<(spec: SnackbarSpec) => void>(() => undefined);

export const useSnackbar = () => useContext(SnackbarContext);

export function SnackbarProvider({ children }: { children: ComponentChildren }) {
  const [current, setCurrent] = useState<(SnackbarSpec & { key: number }) | null>(null);
  const show = useCallback((spec: SnackbarSpec) => setCurrent((previous) => ({ ...spec, key: (previous?.key ?? 0) + 1 })), []);
  const done = useCallback(() => setCurrent(null), []);
  return (
    <SnackbarContext.Provider value={show}>
      {children}
      <Snackbar current={current} onDone={done} />
    </SnackbarContext.Provider>
  );
}

function Snackbar({ current, onDone }: { current: (SnackbarSpec & { key: number }) | null; onDone(): void }) {
  const [held, setHeld] = useState({ pointer: false, focus: false });
  const action = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setHeld({ pointer: false, focus: false });
    if (current?.focusAction) action.current?.focus();
  }, [current?.key]);
  useEffect(() => {
    if (!current || held.pointer || held.focus) return;
    const timer = setTimeout(onDone, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [current?.key, held.pointer, held.focus]);
  // The live region is always there, so that what appears in it is announced.
  return (
    <div class="snackbar-region" role="status" aria-live="polite">
      {current && (
        <div class="snackbar" data-testid="snackbar" key={current.key}
          onPointerEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
          onPointerLeave={() => setHeld((h) => ({ ...h, pointer: false }))}>
          <p class="snackbar__text">{current.text}</p>
          {current.action && (
            <button ref={action} type="button" class="button snackbar__action" aria-label={current.action.accessibleLabel}
              onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
              onBlur={() => setHeld((h) => ({ ...h, focus: false }))}
              onClick={() => { current.action?.run(); onDone(); }}>
              {current.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
