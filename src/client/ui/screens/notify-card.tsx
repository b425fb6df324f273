// Mig → "Besked til mig" (issue 22): turns push messages on or off for this phone. The
// browser asks for permission only after the tap on the button that says what for; a
// blocked permission, a browser without push, and an iPhone tab (push needs the app on
// the home screen) are each said plainly, and so is a failure on the way. Online only: the
// server keeps the subscription. Below it, what to hear of and how (notification-choices.tsx).
import '../../../shared/i18n/sections/notifications';
import { useEffect, useState } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import { useOnline } from '../hooks';
import { pushState, turnPushOff, turnPushOn, type PushState } from '../../notifications/push-subscription';
import type { MessageKey } from '../../../shared/i18n/messages';
import { NotificationChoices } from './notification-choices';

const SAYS: Partial<Record<PushState, MessageKey>> = {
  on: 'notifyOn', denied: 'notifyDenied', unsupported: 'notifyUnsupported', needsHomeScreen: 'notifyHomeScreen',
};

export function NotifyCard() {
  const t = useT();
  const runtime = useRuntime();
  const online = useOnline();
  const [state, setState] = useState<PushState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A browser whose push parts fail even to answer is one without push, as far as this card goes.
  useEffect(() => { void pushState().then(setState, () => setState('unsupported')); }, []);

  async function change(on: boolean) {
    setBusy(true);
    setError(null);
    try {
      if (on) {
        const result = await turnPushOn(runtime.transport);
        setState(result.state);
        if (result.failed) setError(result.error ?? t('notifyFailed'));
      } else {
        setState(await turnPushOff(runtime.transport));
      }
    } catch {
      // The browser or its push service refused on the way (a key it cannot use, no answer):
      // nothing changed, and the button stays to try again.
      setError(t('notifyFailed'));
    } finally {
      setBusy(false);
    }
  }

  const says = state ? SAYS[state] : undefined;
  return (
    <section id="besked-til-mig" class="card stack stack--tight" aria-labelledby="notify-title" data-testid="notify-card">
      <h2 id="notify-title">{t('notifyTitle')}</h2>
      <p class="muted">{t('notifyIntro')}</p>
      {says && <p role="status">{t(says)}</p>}
      {error && <p role="alert" class="notice notice--warn">{error}</p>}
      {!online && (state === 'off' || state === 'on') && <p class="muted">{t('notifyOffline')}</p>}
      {state === 'off' && (
        <button type="button" class="button" disabled={busy || !online} onClick={() => void change(true)}>{t('notifyTurnOn')}</button>
      )}
      {state === 'on' && (
        <button type="button" class="button button--quiet" disabled={busy || !online} onClick={() => void change(false)}>{t('notifyTurnOff')}</button>
      )}
      {runtime.personId && <NotificationChoices personId={runtime.personId} />}
    </section>
  );
}
