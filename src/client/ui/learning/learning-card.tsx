// One learning in a list: title (the whole card opens it), author, source, date, tags,
// who can see it, and whether it is still waiting to be sent.
import { Link } from '@tanstack/react-router';
import type { Learning } from '../../../shared/entities/learning';
import { formatDay } from '../../../shared/i18n/dates';
import { useLang, useRuntime, useT } from '../context';
import { PendingBadge } from '../components/pending-badge';
import { dloKey, sourceKey, visibilityWords } from './learning-words';
import '../../../shared/i18n/sections/learning';

interface Props {
  learning: Learning;
  /** The heading level in the page around it. */
  level?: 2 | 3;
}

export function LearningCard({ learning, level = 2 }: Props) {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const store = runtime.store;
  const author = store.get('person', learning.authorId);
  const seminar = learning.seminarId ? store.get('seminar', learning.seminarId) : undefined;
  const competences = learning.competenceIds.flatMap((id) => store.get('competence', id) ?? []);
  const Heading = level === 2 ? 'h2' : 'h3';
  const mine = learning.authorId === runtime.personId;
  return (
    <li class="card learning-card stack stack--tight" data-learning-id={learning.id}>
      <Heading class="learning-card__title">
        <Link to="/laering/$id" params={{ id: learning.id }} className="learning-card__link">{learning.title}</Link>
      </Heading>
      <p class="muted">
        {[author?.name ?? learning.authorName, t(sourceKey(learning.sourceKind)), formatDay(lang, learning.createdAt)].filter(Boolean).join(' · ')}
      </p>
      {seminar && <p class="muted">{t('learnFromEvent', { name: seminar.title })}</p>}
      {(competences.length > 0 || learning.dlo.length > 0) && (
        <ul class="plain-list badge-list">
          {competences.map((c) => <li key={c.id} class="badge">{c.name}</li>)}
          {learning.dlo.map((n) => <li key={n} class="badge badge--dlo">{t(dloKey(n))}</li>)}
        </ul>
      )}
      <div class="row">
        <span class="badge badge--audience" data-testid="learning-audience">
          <span class="visually-hidden">{t('learnSeenBy')} </span>{visibilityWords(t, store, learning.visibility)}
        </span>
        {mine && learning.conflicts.length > 0 && <span class="badge badge--pending">{t('learnTwoVersions')}</span>}
        {store.isPending('learning', learning.id) && <PendingBadge />}
      </div>
    </li>
  );
}
