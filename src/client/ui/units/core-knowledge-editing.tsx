// Changing a unit's core knowledge where it is shown: "Ret" opens the form in the card or
// row it belongs to (never at the end of a long list, off-screen on a phone), focus goes
// into the form, and back to "Ret" when it is saved or cancelled. Queued offline like
// every change.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Competence } from '../../../shared/entities';
import type { GapEntry, UnitPage } from '../../units/unit-page-data';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listCatalogue } from '../../store/queries';
import { CoreKnowledgeForm, type CoreKnowledgeChoice } from './core-knowledge-form';
import '../../../shared/i18n/sections/units';

/** The "Tilføj kerneviden" form's key where a competence id would be. */
export const NEW = '';

export interface CoreKnowledgeEditing {
  /** The competence whose form is open, NEW for the add form, or null. */
  editing: string | null;
  catalogue: Competence[];
  taken: ReadonlySet<string>;
  /** The control that opened the last closed form, to take focus back (cleared once taken). */
  returnTo: string | null;
  open(competenceId: string): void;
  close(): void;
  save(choice: CoreKnowledgeChoice): void;
  remove(competenceId: string): void;
  focusTaken(): void;
}

/** One open form at a time; `headingId` takes focus when the edited row is removed. */
export function useCoreKnowledgeEditing(page: UnitPage, headingId: string): CoreKnowledgeEditing {
  const runtime = useRuntime();
  const [editing, setEditing] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  // The catalogue is read when a form opens, not with every drawing of the page.
  const catalogue = useLiveQuery(() => (editing !== null ? listCatalogue(runtime.store) : []), [editing !== null]) ?? [];
  const taken = useMemo(() => new Set(page.gap.map((r) => r.competenceId)), [page.gap]);
  const unitId = page.unit.id;
  const close = () => {
    setReturnTo(editing);
    setEditing(null);
  };
  return {
    editing, catalogue, taken, returnTo, close,
    open: (competenceId) => setEditing(competenceId),
    save(choice) {
      close();
      void runtime.mutate('coreKnowledge.set', { unitId, ...choice });
    },
    remove(competenceId) {
      // Its card goes: the section's heading takes focus rather than the page's top.
      setReturnTo(null);
      setEditing(null);
      document.getElementById(headingId)?.focus();
      void runtime.mutate('coreKnowledge.remove', { unitId, competenceId });
    },
    focusTaken: () => setReturnTo(null),
  };
}

/** Focus back on `ref` once the form `key` opened is closed. */
export function useFocusReturn(editor: CoreKnowledgeEditing, key: string) {
  const ref = useRef<HTMLButtonElement>(null);
  const { returnTo, editing } = editor;
  useEffect(() => {
    if (returnTo === key && editing === null && ref.current) {
      ref.current.focus();
      editor.focusTaken();
    }
  }, [returnTo, editing, key]);
  return ref;
}

/** "Ret", and in its place the form for this competence while it is open. */
export function EditInPlace({ entry, editor, unitId }: { entry: GapEntry; editor: CoreKnowledgeEditing; unitId: string }) {
  const t = useT();
  const ref = useFocusReturn(editor, entry.competenceId);
  const name = entry.competence?.name ?? entry.competenceId;
  if (editor.editing === entry.competenceId) {
    return (
      <CoreKnowledgeForm catalogue={editor.catalogue} excludeIds={editor.taken} onSave={editor.save} onCancel={editor.close}
        onRemove={() => editor.remove(entry.competenceId)}
        existing={{ row: { id: entry.competenceId, unitId, competenceId: entry.competenceId, level: entry.level,
          needNow: entry.needNow, needIn5Years: entry.needIn5Years, note: entry.note }, competence: entry.competence }} />
    );
  }
  return (
    <button ref={ref} type="button" class="button button--small button--quiet no-print" aria-label={t('coreEdit', { name })}
      onClick={() => editor.open(entry.competenceId)}>
      {t('coreEditShort')}
    </button>
  );
}
