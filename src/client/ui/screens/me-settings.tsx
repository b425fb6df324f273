// Mig's settings: the language (of the app and of messages outside it), and signing out. Signing out warns first, in the app's own
// dialog, when unsent changes or unfinished learning drafts would be lost or the phone is
// offline; offline it still works (a shared phone must be handed on), and the server is
// told at the next start.
import { useState } from 'preact/hooks';
import { useLang, useRuntime, useT } from '../context';
import { useOnline, useSyncStatus } from '../hooks';
import { Dialog } from '../components/dialog';
import { SelectField } from '../components/form-fields';
import { translateCount } from '../../../shared/i18n/plural';
import { leftBehindWords, type LeftBehind } from '../components/left-behind';
import '../../../shared/i18n/sections/me';

interface Ask { offline: boolean; left: LeftBehind }

export function MeSettings() {
  const t = useT();
  const { lang, setLang } = useLang();
  const runtime = useRuntime();
  const online = useOnline();
  const status = useSyncStatus();
  const [ask, setAsk] = useState<Ask | null>(null);
  const [busy, setBusy] = useState(false);

  async function finish(offline: boolean) {
    setBusy(true);
    const out = await runtime.signOut({ offline });
    if (out.ok) {
      // Start afresh at the sign-in screen, with the emptied database (by way of the work
      // account's provider, when its session ends too).
      window.location.assign(out.providerLogout ?? '/login');
      return;
    }
    // The server could not be reached after all: ask, once, about signing out offline.
    setBusy(false);
    setAsk({ offline: true, left: await runtime.leftBehind() });
  }

  async function start() {
    const left = await runtime.leftBehind();
    if (!online || status.state === 'offline') setAsk({ offline: true, left });
    else if (left.changes + left.drafts > 0) setAsk({ offline: false, left });
    else await finish(false);
  }
  const lost = ask ? ask.left.changes + ask.left.drafts : 0;

  /** The app's language, and the one messages outside the app are written in (saved like any change, offline too). */
  function changeLang(next: 'da' | 'en') {
    setLang(next);
    if (runtime.personId) void runtime.mutate('notificationSettings.set', { language: next });
  }

  return (
    <section class="card stack" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings')}</h2>
      <SelectField label={t('language')} value={lang} onChange={(e) => changeLang(e.currentTarget.value === 'en' ? 'en' : 'da')}>
        <option value="da">Dansk</option>
        <option value="en" lang="en">English</option>
      </SelectField>
      <button type="button" class="button button--danger" disabled={busy} onClick={() => void start()}>{t('signOut')}</button>
      <Dialog open={ask !== null} onClose={() => { if (!busy) setAsk(null); }} variant="alert"
        labelledBy="sign-out-title" describedBy="sign-out-text" testId="sign-out-dialog">
        <h2 id="sign-out-title">{t('signOutTitle')}</h2>
        <div id="sign-out-text" class="stack stack--tight">
          {ask?.offline && <p>{t('signOutOfflineNow')}</p>}
          {ask && lost > 0 && <p><strong>{translateCount(lang, 'signOutLoses', lost, { what: leftBehindWords(lang, ask.left) })}</strong></p>}
        </div>
        <div class="dialog__actions">
          <button type="button" class="button button--quiet" autofocus disabled={busy} onClick={() => setAsk(null)}>{t('cancel')}</button>
          <button type="button" class="button button--danger-solid" disabled={busy} onClick={() => void finish(ask?.offline ?? false)}>
            {busy ? t('signingOut') : t('signOutAnyway')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
