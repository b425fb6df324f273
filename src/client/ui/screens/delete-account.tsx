// Mine data → Slet min konto (issue 21, part 3): confirmed by typing my own e-mail, with my
// choice for what I shared (delete it, or keep it without my name). The server refuses
// while I lead a unit or alone coordinate a network, and says what to hand over; once it
// is done, this phone is emptied and signed out.
import '../../../shared/i18n/sections/privacy';
import { useState } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import { Form } from '../components/form';
import { TextField } from '../components/form-fields';
import { RadioGroup } from '../components/form-choices';
import { useFormErrors } from '../components/form-errors';

type LearningChoice = 'delete' | 'anonymise';

export function DeleteAccount({ email, offline }: { email: string; offline: boolean }) {
  const t = useT();
  const runtime = useRuntime();
  const errors = useFormErrors();
  const [confirm, setConfirm] = useState('');
  const [learnings, setLearnings] = useState<LearningChoice>('anonymise');
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (confirm.trim().toLowerCase() !== email.toLowerCase()) {
      errors.show([{ field: 'delete-confirm', message: t('deleteConfirmMismatch') }]);
      return;
    }
    setBusy(true);
    const reply = await runtime.transport.deleteAccount({ confirm: confirm.trim(), learnings });
    if (!reply.ok) {
      setBusy(false);
      const networks = (reply.error as { networks?: string[] } | null)?.networks;
      errors.show([{ message: `${reply.error?.message ?? t('myDataFailed')}${networks?.length ? ` (${networks.join(', ')})` : ''}` }]);
      return;
    }
    // Gone on the server: this phone follows (runtime.signOut hears 401 and empties it).
    await runtime.signOut({ offline: true });
    window.location.assign('/login');
  }

  return (
    <Form errors={errors} onSubmit={() => void submit()} class="card stack" aria-labelledby="delete-account" data-testid="delete-account"
      head={<><h2 id="delete-account">{t('deleteTitle')}</h2><p>{t('deleteIntro')}</p></>}>
      <RadioGroup<LearningChoice> name="delete-learnings" legend={t('deleteLearnings')} value={learnings} onChange={(value) => setLearnings(value)}
        options={[{ value: 'anonymise', label: t('deleteLearningsKeep') }, { value: 'delete', label: t('deleteLearningsDelete') }]} />
      <TextField id="delete-confirm" label={t('deleteConfirm', { email })} type="email" autocomplete="off" value={confirm} required
        invalidMessage={t('deleteConfirmMismatch')} onInput={(event) => { setConfirm(event.currentTarget.value); errors.clear('delete-confirm'); }} />
      <button type="submit" class="button button--danger" disabled={busy || offline}>{t('deleteButton')}</button>
    </Form>
  );
}
