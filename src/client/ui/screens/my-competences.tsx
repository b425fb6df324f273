// My competences: the list, with level, "kan hjælpe" and pending marks; add, edit, remove.
// Removing is a real change at once (queued in the outbox like any other, so a phone that
// dies a second later still removes it); "Fortryd" puts the row back with a second change,
// competence.set with the same level, "kan hjælpe" and note. A removal not yet sent stays
// in the list, marked, until the server has it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listCatalogue, listPendingRemovals, listPersonCompetences, type OwnCompetence } from '../../store/queries';
import { CompetenceEditor, type CompetenceChoice } from '../components/competence-editor';
import { PendingBadge } from '../components/pending-badge';
import { useSnackbar } from '../shell/snackbar';
import type { MessageKey } from '../../../shared/i18n/messages';
import '../../../shared/i18n/sections/me';
import '../../../shared/i18n/sections/profile-editing';

export function MyCompetences({ personId, addRequest = 0 }: { personId: string; addRequest?: number }) {
  const t = useT();
  const runtime = useRuntime();
  const snackbar = useSnackbar();
  const mine = useLiveQuery(() => listPersonCompetences(runtime.store, personId), [personId]);
  const removing = useLiveQuery(() => listPendingRemovals(runtime.store, personId), [personId]);
  const catalogue = useLiveQuery(() => listCatalogue(runtime.store), []);
  const [editing, setEditing] = useState<'new' | OwnCompetence | null>(null);
  const section = useRef<HTMLElement>(null);

  // A notice's "Vælg en anden kompetence" opens the editor here.
  useEffect(() => {
    if (addRequest === 0) return;
    setEditing('new');
    section.current?.scrollIntoView({ block: 'start' });
  }, [addRequest]);

  const save = async (choice: CompetenceChoice) => {
    await runtime.mutate('competence.set', choice);
    setEditing(null);
  };

  const remove = async (item: OwnCompetence, name: string, byKeyboard: boolean) => {
    const { competenceId, level, canHelp, note } = item.row;
    await runtime.mutate('competence.remove', { competenceId });
    snackbar({
      text: t('removedNamed', { name }),
      focusAction: byKeyboard,
      action: {
        label: t('undo'),
        accessibleLabel: t('undoNamed', { name }),
        run: () => void runtime.mutate('competence.set', { competenceId, level, canHelp, note }),
      },
    });
  };

  return (
    <section ref={section} class="card stack" aria-labelledby="competences-title">
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
      {mine && mine.length === 0 && (removing ?? []).length === 0 && <p class="muted">{t('noCompetences')}</p>}
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
                  onClick={(event) => void remove(item, name, event.detail === 0)}>{t('remove')}</button>
              </div>
            </li>
          );
        })}
        {(removing ?? []).map((item) => (
          <li key={item.row.id} class="competence-item competence-item--removing" data-competence-id={item.row.competenceId}
            data-removing="">
            <div class="row">
              <s>{item.competence?.name ?? item.row.competenceId}</s>
              <span class="badge">{t('beingRemoved')}</span>
              <PendingBadge />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
