// My profile: title, phone (and whether others may see it), a few words about me.
// "Gemt på telefonen" stays until the change has been sent, then goes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Person } from '../../../shared/entities';
import { useRuntime, useT } from '../context';
import { PendingBadge } from '../components/pending-badge';
import { Form } from '../components/form';
import { useFormErrors } from '../components/form-errors';
import { LongTextField, TextField } from '../components/form-fields';
import { Checkbox } from '../components/form-choices';
import '../../../shared/i18n/sections/me';
import '../../../shared/i18n/sections/profile-editing';

const PHONE = /^[+0-9 ()-]*$/;

export function ProfileForm({ me, pending }: { me: Person; pending: boolean }) {
  const t = useT();
  const runtime = useRuntime();
  const [title, setTitle] = useState(me.title);
  const [phone, setPhone] = useState(me.phone ?? '');
  const [phoneHidden, setPhoneHidden] = useState(me.phoneHidden);
  const [bio, setBio] = useState(me.bio);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors();
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

  const submit = async () => {
    if (!PHONE.test(phone)) {
      errors.show([{ field: 'profile-phone', message: t('phoneInvalid') }]);
      return;
    }
    try {
      await runtime.mutate('profile.update', { title: title.trim(), phone: phone.trim(), phoneHidden, bio: bio.trim() });
    } catch {
      // The shared schema refused it before it was queued (e.g. invisible control characters).
      errors.show([{ message: t('textNotSaved') }]);
      return;
    }
    sawPending.current = false;
    setSaved(true);
  };

  return (
    <Form id="profile" class="card stack" errors={errors} onSubmit={() => void submit()} aria-labelledby="profile-title" head={<>
      <div class="row row--spread">
        <h2 id="profile-title">{t('profile')}</h2>
        {pending && <PendingBadge />}
      </div>
      <p><strong>{me.name}</strong><br /><span class="muted">{me.email}</span></p>
    </>}>
      <TextField label={t('title')} name="title" maxLength={120} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      <TextField label={t('phone')} type="tel" id="profile-phone" name="phone" maxLength={40} autocomplete="tel" value={phone}
        onInput={(e) => setPhone(e.currentTarget.value)} />
      <Checkbox label={t('hidePhone')} name="phoneHidden" checked={phoneHidden} onChange={(e) => setPhoneHidden(e.currentTarget.checked)} />
      <LongTextField label={t('bio')} name="bio" rows={3} maxLength={2000} value={bio} onInput={(e) => setBio(e.currentTarget.value)} />
      {saved && <p class="notice" role="status" data-testid="profile-saved">{t('saved')}</p>}
      <button type="submit" class="button">{t('save')}</button>
    </Form>
  );
}
