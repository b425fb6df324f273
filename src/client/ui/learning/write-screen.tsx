// "Ny læring" (/laering/ny): write what I learned. ?seminar=<id> starts from an event (the
// reflection after it, or its page) and picks up a draft already begun for it; ?kladde=<id>
// names the draft, and is put in the address as soon as the first letter is saved, so a
// reload mid-sentence opens the same draft again.
import '../../../shared/i18n/sections/learning';
import './learning.css';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'preact/hooks';
import type { LearningDraft } from '../../store/schema';
import { learningStore } from '../../store/queries';
import { useRuntime, useT } from '../context';
import { newDraft } from './draft-fields';
import { LearningForm } from './learning-form';

export function WriteScreen() {
  const t = useT();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const search = useRouterState({ select: (s) => s.location.search as Record<string, unknown> });
  const named = search.kladde === undefined ? undefined : String(search.kladde);
  const seminarId = search.seminar === undefined ? undefined : String(search.seminar);
  const [draft, setDraft] = useState<LearningDraft | null>(null);

  useEffect(() => {
    if (draft && draft.id === named) return; // our own draft, just named in the address
    let alive = true;
    void startingDraft(runtime, named, seminarId).then((start) => {
      if (!alive) return;
      if ('published' in start) void navigate({ to: '/laering/$id', params: { id: start.published }, replace: true });
      else setDraft(start);
    });
    return () => { alive = false; };
  }, [named, seminarId]);

  if (!draft) return <p class="muted">{t('loading')}</p>;
  return (
    <LearningForm
      key={draft.id}
      initial={draft}
      onFirstSave={(saved) => {
        if (saved.id === named) return;
        setDraft(saved);
        void navigate({ href: `/laering/ny?kladde=${encodeURIComponent(saved.id)}`, replace: true });
      }}
      onSaved={(id) => void navigate({ to: '/laering/$id', params: { id }, replace: true })}
      onDiscarded={() => void navigate({ to: '/laering', replace: true })}
    />
  );
}

/**
 * The draft to open: the one named, else one already begun for the event, else a new one.
 * A named draft that became a learning (saved, and the app stopped before the draft went)
 * leads to that learning.
 */
async function startingDraft(runtime: ReturnType<typeof useRuntime>, named: string | undefined, seminarId: string | undefined): Promise<LearningDraft | { published: string }> {
  const store = await learningStore();
  const personId = runtime.personId ?? '';
  if (named) {
    const found = await store.getDraft(runtime.store, named);
    if (found && found.personId === personId && found.mode === 'new') {
      if (runtime.store.get('learning', found.id)) {
        await store.deleteDraft(runtime.store, found.id);
        return { published: found.id };
      }
      return found;
    }
    if (runtime.store.get('learning', named)) return { published: named };
  }
  const seminar = seminarId ? runtime.store.get('seminar', seminarId) : undefined;
  if (seminarId) {
    const begun = (await store.listOpenDrafts(runtime.store, personId)).find((d) => d.mode === 'new' && d.seminarId === seminarId);
    if (begun) return begun;
  }
  return newDraft(personId, new Date(), seminarId ? seminar ?? { id: seminarId, kind: 'seminar' } : undefined);
}
