// "Ikke gennemført": changes the server refused, each with its reason, until dismissed.
import { useRuntime, useT, useLang, locale } from '../context';
import { useLiveQuery } from '../hooks';
import { dismissRejected, listRejected } from '../../store/queries';
import { describeMutation } from '../describe-mutation';

export function RejectedScreen() {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const rejected = useLiveQuery(() => listRejected(runtime.store), []);

  return (
    <div class="stack">
      <h1>{t('rejectedTitle')}</h1>
      <p>{t('rejectedIntro')}</p>
      {rejected && rejected.length === 0 && <p class="notice">{t('rejectedNone')}</p>}
      <ul class="plain-list stack" data-testid="rejected-list">
        {(rejected ?? []).map((entry) => (
          <li key={entry.id} class="card stack stack--tight">
            <strong>{describeMutation(runtime.store, entry, t)}</strong>
            <p>{entry.message}</p>
            <p class="muted">{new Date(entry.at).toLocaleString(locale(lang), { dateStyle: 'medium', timeStyle: 'short' })}</p>
            <div>
              <button type="button" class="button button--small button--quiet" onClick={() => {
                void dismissRejected(runtime.store, entry.id).then(() => runtime.changes.notify());
              }}>{t('dismiss')}</button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
