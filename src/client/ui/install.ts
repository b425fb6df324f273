// Installing the app: Chromium's `beforeinstallprompt`, caught at start (it may fire before
// the first render) and kept for the moment the user asks; iOS has no such event, so there
// the app shows the two taps of Safari's share menu instead.
import { useEffect, useState } from 'preact/hooks';

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** `prompt`: the browser's dialog can be shown; `ios`: the share-menu guide; `none`: neither (or installed). */
export type InstallWay = 'prompt' | 'ios' | 'none';

let deferred: InstallPromptEvent | null = null;
let installed = false;
const listeners = new Set<() => void>();
const emit = () => { for (const listener of listeners) listener(); };

export function captureInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    // The app offers installing at calm moments (Mig, after the first sync), not the browser at once.
    event.preventDefault();
    deferred = event as InstallPromptEvent;
    emit();
  });
  window.addEventListener('appinstalled', () => {
    deferred = null;
    installed = true;
    emit();
  });
}

function runsInstalled(): boolean {
  return installed || window.matchMedia?.('(display-mode: standalone)').matches
    || (navigator as Navigator & { standalone?: boolean }).standalone === true;
}

function isIos(): boolean {
  // iPadOS presents itself as a Mac, but one with a touch screen.
  return /iPhone|iPad|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
}

export function installWay(): InstallWay {
  if (runsInstalled()) return 'none';
  if (deferred) return 'prompt';
  return isIos() ? 'ios' : 'none';
}

/** Shows the browser's install dialog; true when the user installed. */
export async function promptInstall(): Promise<boolean> {
  const event = deferred;
  if (!event) return false;
  // The event can be used once.
  deferred = null;
  await event.prompt();
  const { outcome } = await event.userChoice;
  emit();
  return outcome === 'accepted';
}

export function useInstallWay(): InstallWay {
  const [way, setWay] = useState(installWay);
  useEffect(() => {
    const update = () => setWay(installWay());
    listeners.add(update);
    update();
    return () => { listeners.delete(update); };
  }, []);
  return way;
}
