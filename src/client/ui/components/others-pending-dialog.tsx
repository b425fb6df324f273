// Shown when someone signs in on a phone that holds another person's unsent changes or
// unfinished drafts: keep them for their owner, delete them, or stop. They are never sent
// in this person's name, nor shown to them.
import { useEffect, useRef } from 'preact/hooks';
import { useLang, useT } from '../context';
import type { OthersChoice } from '../../runtime';
import { translateCount } from '../../../shared/i18n/plural';
import { leftBehindWords } from './left-behind';
import '../../../shared/i18n/sections/sign-in';

export function OthersPendingDialog({ ownerName, pending, drafts, busy, onChoose }: {
  ownerName: string;
  pending: number;
  drafts: number;
  busy: boolean;
  onChoose: (choice: OthersChoice | 'cancel') => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const what = leftBehindWords(lang, { changes: pending, drafts });
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section class="card stack" role="alertdialog" aria-modal="false" aria-labelledby="others-title" aria-describedby="others-text"
      data-testid="others-pending">
      <h1 id="others-title">{t(pending > 0 ? 'othersPendingTitle' : 'othersDraftsTitle', { name: ownerName })}</h1>
      <p id="others-text">{translateCount(lang, 'othersLeft', pending + drafts, { what, name: ownerName })}</p>
      <button ref={first} type="button" class="button button--block" disabled={busy} onClick={() => onChoose('keep')}>
        {t('keepForOwner', { name: ownerName })}
      </button>
      <button type="button" class="button button--block button--secondary" disabled={busy} onClick={() => onChoose('discard')}>
        {t('discardOthers')}
      </button>
      <button type="button" class="button button--block button--quiet" disabled={busy} onClick={() => onChoose('cancel')}>
        {t('cancelSignIn')}
      </button>
    </section>
  );
}
