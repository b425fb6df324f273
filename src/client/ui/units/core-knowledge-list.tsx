// The unit's core knowledge: each competence with its level and needs. The leader adds,
// changes and removes them (queued offline, shown pending); everyone else reads.
import { useMemo, useState } from 'preact/hooks';
import type { GapEntry, UnitPage } from '../../units/unit-page-data';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listCatalogue } from '../../store/queries';
import { PendingBadge } from '../components/pending-badge';
import { byDanish } from '../../../shared/i18n/collate';
import { CoreKnowledgeForm, type CoreKnowledgeChoice } from './core-knowledge-form';
import '../../../shared/i18n/sections/units';

type Editing = { kind: 'new' } | { kind: 'edit'; entry: GapEntry } | null;

export function CoreKnowledgeList({ page }: { page: UnitPage }) {
  const t = useT();
  const runtime = useRuntime();
  const [editing, setEditing] = useState<Editing>(null);
  // The catalogue is read when the form opens, not with every drawing of the page.
  const catalogue = useLiveQuery(() => (editing ? listCatalogue(runtime.store) : []), [editing !== null]) ?? [];
  const taken = useMemo(() => new Set(page.gap.map((r) => r.competenceId)), [page.gap]);
  const unitId = page.unit.id;
  const rows = [...page.gap].sort((a, b) => byDanish(a.competence?.name ?? a.competenceId, b.competence?.name ?? b.competenceId));

  const save = (choice: CoreKnowledgeChoice) => {
    setEditing(null);
    void runtime.mutate('coreKnowledge.set', { unitId, ...choice });
  };

  return (
    <section class="card stack" aria-labelledby="unit-core" data-testid="core-knowledge">
      <h2 id="unit-core">{t('coreTitle')}</h2>
      <p class="muted hint">{t('coreIntro')}</p>
      {!page.canEdit && <p class="muted hint no-print" data-testid="read-only">{t('unitReadOnly')}</p>}
      {rows.length === 0 && <p class="muted">{t('coreNone')}</p>}
      <ul class="plain-list">
        {rows.map((entry) => {
          const name = entry.competence?.name ?? entry.competenceId;
          return (
            <li key={entry.competenceId} class="competence-item" data-competence={entry.competenceId}>
              <div class="stack stack--tight">
                <strong>{name}</strong>
                <span class="muted hint">
                  {t(`level${entry.level}`)} · {t('coreNeedNow')} {entry.needNow} · {t('coreNeedIn5')} {entry.needIn5Years}
                </span>
                {entry.note && <span class="hint long-text">{entry.note}</span>}
              </div>
              <div class="row">
                {entry.pending && <PendingBadge />}
                {page.canEdit && (
                  <button type="button" class="button button--small button--quiet no-print" aria-label={t('coreEdit', { name })}
                    onClick={() => setEditing({ kind: 'edit', entry })}>
                    {t('coreEditShort')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {editing && (
        <CoreKnowledgeForm catalogue={catalogue} excludeIds={taken} onSave={save} onCancel={() => setEditing(null)}
          onRemove={editing.kind === 'edit' ? () => {
            setEditing(null);
            void runtime.mutate('coreKnowledge.remove', { unitId, competenceId: editing.entry.competenceId });
          } : undefined}
          existing={editing.kind === 'edit'
            ? { row: { id: editing.entry.competenceId, unitId, competenceId: editing.entry.competenceId, level: editing.entry.level,
              needNow: editing.entry.needNow, needIn5Years: editing.entry.needIn5Years, note: editing.entry.note }, competence: editing.entry.competence }
            : undefined} />
      )}
      {page.canEdit && !editing && (
        <button type="button" class="button no-print" onClick={() => setEditing({ kind: 'new' })}>{t('coreAdd')}</button>
      )}
    </section>
  );
}
