// My profile: title, phone (and whether others may see it), a few words about me.
// "Gemt på telefonen" stays until the change has been sent, then goes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Person } from '../../../shared/entities';
import { useRuntime, useT } from '../context';
import { PendingBadge } from '../components/pending-badge';
import '../../../shared/i18n/sections/me';

const PHONE = /^[+0-9 ()-]*$/;

export function ProfileForm({ me, pending }: { me: Person; pending: boolean }) {
  const t = useT();
  const runtime = useRuntime();
  const [title, setTitle] = useState(me.title);
  const [phone, setPhone] = useState(me.phone ?? '');
  const [phoneHidden, setPhoneHidden] = useState(me.phoneHidden);
  const [bio, setBio] = useState(me.bio);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The saved change was seen waiting: once it no longer is, it has been sent.
  const sawPending = useRef(false);
  useEffect(() => {
    if (!saved) return;
    if (pending) sawPending.current = true;
    else if (sawPending.current) setSaved(false);
  }, [saved, pending]);

  // A pull may bring a newer profile: take it into each field the user has not touched
  // since the last one arrived; what they are typing stays as they typed it.
  const shown = useRef({ title: me.title, phone: me.phone ?? '', phoneHidden: me.phoneHidden, bio: me.bio });
  useEffect(() => {
    const before = shown.current;
    const next = { title: me.title, phone: me.phone ?? '', phoneHidden: me.phoneHidden, bio: me.bio };
    setTitle((current) => (current === before.title ? next.title : current));
    setPhone((current) => (current === before.phone ? next.phone : current));
    setPhoneHidden((current) => (current === before.phoneHidden ? next.phoneHidden : current));
    setBio((current) => (current === before.bio ? next.bio : current));
    shown.current = next;
  }, [me.title, me.phone, me.phoneHidden, me.bio]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!PHONE.test(phone)) {
      setError(t('phoneInvalid'));
      return;
    }
    setError(null);
    try {
      await runtime.mutate('profile.update', { title: title.trim(), phone: phone.trim(), phoneHidden, bio: bio.trim() });
    } catch {
      // The shared schema refused it before it was queued (e.g. invisible control characters).
      setError(t('textNotSaved'));
      return;
    }
    sawPending.current = false;
    setSaved(true);
  };

  return (
    <form id="profile" class="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="profile-title">
      <div class="row row--spread">
        <h2 id="profile-title">{t('profile')}</h2>
        {pending && <PendingBadge />}
      </div>
      <p><strong>{me.name}</strong><br /><span class="muted">{me.email}</span></p>
      <label class="field">
        <span>{t('title')}</span>
        <input type="text" name="title" maxLength={120} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('phone')}</span>
        <input type="tel" name="phone" maxLength={40} autocomplete="tel" value={phone}
          aria-invalid={error ? 'true' : undefined} onInput={(e) => setPhone(e.currentTarget.value)} />
      </label>
      <label class="checkbox">
        <input type="checkbox" name="phoneHidden" checked={phoneHidden} onChange={(e) => setPhoneHidden(e.currentTarget.checked)} />
        <span>{t('hidePhone')}</span>
      </label>
      <label class="field">
        <span>{t('bio')}</span>
        <textarea name="bio" rows={3} maxLength={2000} value={bio} onInput={(e) => setBio(e.currentTarget.value)} />
      </label>
      {error && <p class="notice notice--error" role="alert">{error}</p>}
      {saved && <p class="notice" role="status" data-testid="profile-saved">{t('saved')}</p>}
      <button type="submit" class="button">{t('save')}</button>
    </form>
  );
}
