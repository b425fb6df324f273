// The unit's core knowledge: each competence with its level and needs. The leader adds,
// changes and removes them (queued offline, shown pending); everyone else reads. On a
// phone the list itself gives way to the gap's cards, which carry the same facts and "Ret".
import type { UnitPage } from '../../units/unit-page-data';
import { useT } from '../context';
import { PendingBadge } from '../components/pending-badge';
import { byDanish } from '../../../shared/i18n/collate';
import { CoreKnowledgeForm } from './core-knowledge-form';
import { EditInPlace, NEW, useCoreKnowledgeEditing, useFocusReturn } from './core-knowledge-editing';
import '../../../shared/i18n/sections/units';

export function CoreKnowledgeList({ page }: { page: UnitPage }) {
  const t = useT();
  const editor = useCoreKnowledgeEditing(page, 'unit-core');
  const addRef = useFocusReturn(editor, NEW);
  const unitId = page.unit.id;
  const rows = [...page.gap].sort((a, b) => byDanish(a.competence?.name ?? a.competenceId, b.competence?.name ?? b.competenceId));

  return (
    <section class="card stack" aria-labelledby="unit-core" data-testid="core-knowledge">
      <h2 id="unit-core" tabIndex={-1}>{t('coreTitle')}</h2>
      <p class="muted hint">{t('coreIntro')}</p>
      {!page.canEdit && <p class="muted hint no-print" data-testid="read-only">{t('unitReadOnly')}</p>}
      {rows.length === 0 && <p class="muted">{t('coreNone')}</p>}
      {rows.length > 0 && <p class="muted hint core-list__phone-hint">{t('coreOnCards')}</p>}
      <ul class="plain-list core-list">
        {rows.map((entry) => {
          const name = entry.competence?.name ?? entry.competenceId;
          const open = editor.editing === entry.competenceId;
          return (
            <li key={entry.competenceId} class={open ? 'competence-item competence-item--editing' : 'competence-item'} data-competence={entry.competenceId}>
              <div class="stack stack--tight">
                <strong>{name}</strong>
                <span class="muted hint">
                  {t(`level${entry.level}`)} · {t('coreNeedNow')} {entry.needNow} · {t('coreNeedIn5')} {entry.needIn5Years}
                </span>
                {entry.note && <span class="hint long-text">{entry.note}</span>}
              </div>
              <div class="row">
                {entry.pending && <PendingBadge />}
                {page.canEdit && !open && <EditInPlace entry={entry} editor={editor} unitId={unitId} />}
              </div>
              {page.canEdit && open && <EditInPlace entry={entry} editor={editor} unitId={unitId} />}
            </li>
          );
        })}
      </ul>
      {editor.editing === NEW && (
        <CoreKnowledgeForm catalogue={editor.catalogue} excludeIds={editor.taken} onSave={editor.save} onCancel={editor.close} />
      )}
      {page.canEdit && editor.editing !== NEW && (
        <button ref={addRef} type="button" class="button no-print" onClick={() => editor.open(NEW)}>{t('coreAdd')}</button>
      )}
    </section>
  );
}
