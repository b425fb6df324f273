// Mig → "Kalender-abonnement": the secret address of my events' calendar feed, made,
// renewed (the old one stops working) or stopped on the server (online only); opened in
// the phone's calendar by a webcal:// link, or copied.
import '../../../shared/i18n/sections/events';
import { useState } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import { useOnline } from '../hooks';
import { TextField } from '../components/form-fields';

export function CalendarFeedCard() {
  const t = useT();
  const runtime = useRuntime();
  const online = useOnline();
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function get() {
    setBusy(true);
    const reply = await runtime.transport.calendarFeed();
    setBusy(false);
    if (reply.ok) { setUrl(reply.value.url); setMessage(null); } else setMessage(reply.error?.message ?? t('feedOffline'));
  }
  async function copy(address: string) {
    try {
      await navigator.clipboard.writeText(address);
      setMessage(t('feedCopied'));
    } catch {
      // No clipboard here (an old browser, no permission): the address is selectable in its field.
      setMessage(null);
    }
  }
  async function revoke() {
    setBusy(true);
    const reply = await runtime.transport.revokeCalendarFeed();
    setBusy(false);
    if (reply.ok) { setUrl(null); setMessage(t('feedRevoked')); } else setMessage(reply.error?.message ?? t('feedOffline'));
  }
  return (
    <section class="card stack stack--tight" aria-labelledby="calendar-feed">
      <h2 id="calendar-feed">{t('feedTitle')}</h2>
      <p class="muted">{t('feedIntro')}</p>
      {url && (
        <TextField label={t('feedAddress')} type="url" readOnly value={url} data-testid="feed-url"
          onFocus={(event) => event.currentTarget.select()} />
      )}
      {url && (
        <div class="contact-actions">
          <a class="button" href={url.replace(/^https?:/, 'webcal:')}>{t('feedOpen')}</a>
          <button type="button" class="button button--quiet" onClick={() => void copy(url)}>{t('feedCopy')}</button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
      {!online && <p class="muted">{t('feedOffline')}</p>}
      {url && <p class="muted hint">{t('feedNewHint')}</p>}
      <div class="contact-actions">
        <button type="button" class="button button--quiet" disabled={busy || !online} onClick={() => void get()}>{t(url ? 'feedNew' : 'feedGet')}</button>
        <button type="button" class="button button--quiet" disabled={busy || !online} onClick={() => void revoke()}>{t('feedRevoke')}</button>
      </div>
    </section>
  );
}
