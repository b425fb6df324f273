// "Ikke gennemført": changes the server refused, each with its reason, until dismissed.
import { useRuntime, useT, useLang, locale } from '../context';
import { useLiveQuery } from '../hooks';
import { dismissRejected, listRejected } from '../../store/queries';
import type { RejectedEntry } from '../../store/schema';
import type { Competence } from '../../../shared/entities';

function describe(entry: RejectedEntry, catalogue: Map<string, Competence>, t: ReturnType<typeof useT>): string {
  const competenceId = (entry.args as { competenceId?: string } | null)?.competenceId ?? '';
  const name = catalogue.get(competenceId)?.name ?? competenceId;
  switch (entry.name) {
    case 'profile.update': return t('mutation_profile_update');
    case 'competence.set': return t('mutation_competence_set', { name });
    case 'competence.remove': return t('mutation_competence_remove', { name });
    default: return t('mutation_other', { name: entry.name });
  }
}

export function RejectedScreen() {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const rejected = useLiveQuery(() => listRejected(runtime.store), []);
  const catalogue = useLiveQuery(() => new Map(runtime.store.all('competence').map((c) => [c.id, c])), []);

  return (
    <div class="stack">
      <h1>{t('rejectedTitle')}</h1>
      <p>{t('rejectedIntro')}</p>
      {rejected && rejected.length === 0 && <p class="notice">{t('rejectedNone')}</p>}
      <ul class="plain-list stack" data-testid="rejected-list">
        {(rejected ?? []).map((entry) => (
          <li key={entry.id} class="card stack stack--tight">
            <strong>{describe(entry, catalogue ?? new Map(), t)}</strong>
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
