// "Læring fra arrangementet", "… delt med netværket", a person's, a competence's: the
// learnings about one thing that I may see (the device holds only those), newest first.
// An event's list offers to write what I took away when I was signed up for it.
import '../../../shared/i18n/sections/learning';
import './learning.css';
import { useState } from 'preact/hooks';
import { Link } from '@tanstack/react-router';
import { signupId } from '../../../shared/entities/seminar';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useLang, useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { learningsAbout, type LearningsAbout } from './learning-data';
import { LearningCard } from './learning-card';
import { countWords } from './learning-words';

const FIRST = 5;

export function LearningsAboutList({ about }: { about: LearningsAbout }) {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const [all, setAll] = useState(false);
  const view = useLiveQuery(() => {
    const signup = about.kind === 'seminar' ? runtime.store.get('signup', signupId(about.id, runtime.personId ?? '')) : undefined;
    return { learnings: learningsAbout(runtime.store, about), attended: Boolean(signup && signup.status !== 'cancelled') };
  }, [about.kind, about.id]);
  if (!view || (view.learnings.length === 0 && !view.attended)) return null;
  const { learnings, attended } = view;
  const id = `learnings-about-${about.kind}`;
  return (
    <section class="stack" aria-labelledby={id} data-testid="learnings-about">
      <h2 id={id}>{t(`learnAbout_${about.kind}` as MessageKey)}</h2>
      {attended && (
        <p><Link to="/laering/ny" search={{ seminar: about.id }} className="button button--quiet">{t('learnWriteFromEvent')}</Link></p>
      )}
      {learnings.length === 0
        ? <p class="muted">{t('learnAboutNone')}</p>
        : <p class="muted">{countWords(lang, 'learnCount', learnings.length)}</p>}
      {learnings.length > 0 && (
        <ul class="plain-list stack">
          {(all ? learnings : learnings.slice(0, FIRST)).map((learning) => <LearningCard key={learning.id} learning={learning} level={3} />)}
        </ul>
      )}
      {!all && learnings.length > FIRST && (
        about.kind === 'competence'
          ? <Link to="/laering" search={{ kompetence: about.id }} className="target-link">{t('learnShowMore')}</Link>
          : <button type="button" class="button button--quiet" onClick={() => setAll(true)}>{t('learnShowMore')}</button>
      )}
    </section>
  );
}

