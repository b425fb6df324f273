// My competences: the list, with level, "kan hjælpe" and pending marks; add, edit, remove.
import { useState } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listCatalogue, listPersonCompetences, type OwnCompetence } from '../../store/queries';
import { CompetenceEditor, type CompetenceChoice } from '../components/competence-editor';
import { PendingBadge } from '../components/pending-badge';
import type { MessageKey } from '../../../shared/i18n/messages';

export function MyCompetences({ personId }: { personId: string }) {
  const t = useT();
  const runtime = useRuntime();
  const mine = useLiveQuery(() => listPersonCompetences(runtime.store, personId), [personId]);
  const catalogue = useLiveQuery(() => listCatalogue(runtime.store), []);
  const [editing, setEditing] = useState<'new' | OwnCompetence | null>(null);

  const save = async (choice: CompetenceChoice) => {
    await runtime.mutate('competence.set', choice);
    setEditing(null);
  };

  return (
    <section class="card stack" aria-labelledby="competences-title">
      <div class="row row--spread">
        <h2 id="competences-title">{t('myCompetences')}</h2>
        {editing === null && (
          <button type="button" class="button" onClick={() => setEditing('new')}>{t('addCompetence')}</button>
        )}
      </div>
      {editing !== null && catalogue && (
        <CompetenceEditor
          catalogue={catalogue}
          existing={editing === 'new' ? undefined : editing}
          excludeIds={new Set((mine ?? []).map((m) => m.row.competenceId))}
          onSave={(choice) => void save(choice)}
          onCancel={() => setEditing(null)}
        />
      )}
      {mine && mine.length === 0 && <p class="muted">{t('noCompetences')}</p>}
      <ul class="plain-list stack" data-testid="my-competences">
        {(mine ?? []).map((item) => {
          const name = item.competence?.name ?? item.row.competenceId;
          return (
            <li key={item.row.id} class="competence-item" data-competence-id={item.row.competenceId}>
              <div class="stack stack--tight">
                <div class="row">
                  <strong>{name}</strong>
                  {item.pending && <PendingBadge />}
                </div>
                <div class="row">
                  <span class="badge">{t('level')}: {t(`level${item.row.level}` as MessageKey)}</span>
                  {item.row.canHelp && <span class="badge badge--help">{t('canHelpBadge')}</span>}
                </div>
                {item.row.note && <p class="muted">{item.row.note}</p>}
              </div>
              <div class="row">
                <button type="button" class="button button--small button--quiet" aria-label={t('editNamed', { name })}
                  onClick={() => setEditing(item)}>{t('edit')}</button>
                <button type="button" class="button button--small button--danger" aria-label={t('removeNamed', { name })}
                  onClick={() => void runtime.mutate('competence.remove', { competenceId: item.row.competenceId })}>{t('remove')}</button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
