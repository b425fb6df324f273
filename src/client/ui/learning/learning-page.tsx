// One learning (/laering/$id): what was learned and how we can use it, by whom, from where,
// its tags and who can see it. Its author edits it here (the edit is a draft as it is
// typed, and comes back after a reload), merges two versions kept from edits on two
// devices, and deletes it after a confirmation in the app's own dialog.
import '../../../shared/i18n/sections/learning';
import './learning.css';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'preact/hooks';
import type { Learning } from '../../../shared/entities/learning';
import { formatDay, formatMoment } from '../../../shared/i18n/dates';
import type { LearningDraft } from '../../store/schema';
import { learningStore } from '../../store/queries';
import { useLang, useRuntime, useT } from '../context';
import { Dialog } from '../components/dialog';
import { PendingBadge } from '../components/pending-badge';
import { useSnackbar } from '../shell/snackbar';
import { ConflictView, type LearningTexts } from './conflict-view';
import { editDraft } from './draft-fields';
import { LearningForm } from './learning-form';
import { dloKey, sourceKey, visibilityWords } from './learning-words';
import { useLearning } from './use-learnings';

export function LearningPage() {
  const t = useT();
  const runtime = useRuntime();
  // Going back, the page being left may render once more after its match lost its params.
  const id = useParams({ from: '/laering/$id', shouldThrow: false, select: (params?: { id: string }) => params?.id }) ?? '';
  const view = useLearning(id);
  const [editing, setEditing] = useState<LearningDraft | null>(null);
  const mine = view?.learning?.authorId === runtime.personId;

  // An edit begun before a reload (or on the way to a merge) opens again where it was.
  useEffect(() => {
    let alive = true;
    void learningStore().then((store) => store.getDraft(runtime.store, id)).then((draft) => {
      if (alive && draft?.mode === 'edit' && draft.personId === runtime.personId) setEditing(draft);
    });
    return () => { alive = false; };
  }, [id]);

  if (view === undefined) return <p class="muted">{t('loading')}</p>;
  const { learning } = view;
  if (!learning) return <p class="notice">{t('learnNotFound')}</p>;

  const startEdit = (texts?: LearningTexts, resolved?: string) => {
    const draft = editDraft(runtime.personId ?? '', learning, new Date());
    setEditing(texts && resolved ? { ...draft, ...texts, resolvedConflicts: [resolved] } : draft);
  };

  if (editing && mine) {
    return (
      <div class="stack">
        <LearningForm key={`${editing.id}:${editing.resolvedConflicts.join()}`} initial={editing} learning={learning}
          onSaved={() => setEditing(null)} onDiscarded={() => setEditing(null)} />
      </div>
    );
  }
  return <LearningView learning={learning} mine={mine} pending={view.pending} refused={view.refused.map((r) => r.message)} onEdit={startEdit} />;
}

interface ViewProps {
  learning: Learning;
  mine: boolean;
  pending: boolean;
  refused: string[];
  onEdit(texts?: LearningTexts, resolved?: string): void;
}

function LearningView({ learning, mine, pending, refused, onEdit }: ViewProps) {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const snackbar = useSnackbar();
  const [deleting, setDeleting] = useState(false);
  const store = runtime.store;
  const author = store.get('person', learning.authorId);
  const seminar = learning.seminarId ? store.get('seminar', learning.seminarId) : undefined;
  const competences = learning.competenceIds.map((id) => ({ id, competence: store.get('competence', id) }));

  async function remove() {
    setDeleting(false);
    await runtime.mutate('learning.delete', { id: learning.id });
    snackbar({ text: t('learnDeletedPending') });
    await navigate({ to: '/laering', replace: true });
  }

  return (
    <article class="stack" data-learning-id={learning.id}>
      <div class="stack stack--tight">
        <h1>{learning.title}</h1>
        <p class="muted">
          {author && <>{t('learnWrittenBy')} <Link to="/personer/$id" params={{ id: author.id }} className="target-link">{author.name}</Link> · </>}
          {/* An author who has left: their name as the learning keeps it, with no link. */}
          {!author && learning.authorName && <>{t('learnWrittenBy')} {learning.authorName} · </>}
          {formatDay(lang, learning.createdAt)}
          {learning.updatedAt !== learning.createdAt && <> · {t('learnEditedAt', { date: formatMoment(lang, learning.updatedAt) })}</>}
        </p>
        <p class="muted">
          {t(sourceKey(learning.sourceKind))}
          {seminar && <> · <Link to="/arrangementer/$id" params={{ id: seminar.id }} className="target-link">{t('learnFromEvent', { name: seminar.title })}</Link></>}
        </p>
        <div class="row">
          <span class="badge badge--audience" data-testid="learning-audience">
            <span class="visually-hidden">{t('learnSeenBy')} </span>{visibilityWords(t, store, learning.visibility)}
          </span>
          {pending && <PendingBadge />}
        </div>
      </div>
      {refused.map((message, i) => <p key={i} class="notice notice--error" role="status">{message}</p>)}
      {mine && <ConflictView learning={learning} onChoose={onEdit} />}

      <section class="card stack stack--tight" aria-labelledby="learning-body">
        <h2 id="learning-body">{t('learnFieldBody')}</h2>
        <p class="long-text">{learning.body}</p>
        {learning.application && (
          <>
            <h2>{t('learnFieldApplication')}</h2>
            <p class="long-text">{learning.application}</p>
          </>
        )}
      </section>

      {(competences.length > 0 || learning.dlo.length > 0) && (
        <section class="card stack stack--tight" aria-labelledby="learning-tags">
          <h2 id="learning-tags">{t('learnFieldCompetences')}</h2>
          {competences.length > 0 && (
            <ul class="plain-list stack stack--tight">
              {competences.map(({ id, competence }) => (
                <li key={id}>{competence ? <Link to="/kompetencer/$id" params={{ id }} className="target-link">{competence.name}</Link> : id}</li>
              ))}
            </ul>
          )}
          {learning.dlo.length > 0 && (
            <>
              <h3>{t('learnDloHeading')}</h3>
              <ul class="plain-list badge-list">
                {learning.dlo.map((n) => <li key={n} class="badge badge--dlo">{n}. {t(dloKey(n))}</li>)}
              </ul>
            </>
          )}
        </section>
      )}

      {mine && (
        <div class="row">
          <button type="button" class="button" onClick={() => onEdit()}>{t('learnEdit')}</button>
          <button type="button" class="button button--danger" onClick={() => setDeleting(true)}>{t('learnDelete')}</button>
        </div>
      )}
      <Dialog open={deleting} onClose={() => setDeleting(false)} variant="alert" labelledBy="delete-title" describedBy="delete-text" testId="delete-dialog">
        <h2 id="delete-title">{t('learnDeleteTitle', { title: learning.title })}</h2>
        <p id="delete-text">{t('learnDeleteText')}</p>
        <div class="dialog__actions">
          <button type="button" class="button button--quiet" autofocus onClick={() => setDeleting(false)}>{t('cancel')}</button>
          <button type="button" class="button button--danger-solid" onClick={() => void remove()}>{t('learnDelete')}</button>
        </div>
      </Dialog>
    </article>
  );
}
