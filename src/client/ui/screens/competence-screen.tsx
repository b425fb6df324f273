// One competence and who holds it: "kan hjælpe" first, then by level.
import { useEffect, useState } from 'preact/hooks';
import { Link, useParams } from '@tanstack/react-router';
import type { MessageKey } from '../../../shared/i18n/messages';
import { translateCount } from '../../../shared/i18n/plural';
import { useLang, useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listHolders } from '../../store/queries';
import { LearningsAbout } from '../learning/learnings-about-lazy';
import '../../../shared/i18n/sections/people';

const PAGE = 50;

export function CompetenceScreen() {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  // Going back, the page being left may render once more after its match lost its params.
  const id = useParams({ from: '/kompetencer/$id', shouldThrow: false, select: (params?: { id: string }) => params?.id }) ?? '';
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [id]);
  const view = useLiveQuery(() => {
    const competence = runtime.store.get('competence', id);
    return competence ? { competence, holders: listHolders(runtime.store, id) } : null;
  }, [id]);
  if (view === undefined) return <p class="muted">{t('loading')}</p>;
  if (view === null) return <p class="notice">{t('competenceNotFound')}</p>;
  const { competence, holders } = view;
  return (
    <div class="stack">
      <Link to="/kompetencer" className="target-link">{t('backToCatalogue')}</Link>
      <div class="stack stack--tight">
        <h1>{competence.name}</h1>
        <p class="muted">{competence.category}</p>
        {competence.description && <p>{competence.description}</p>}
        {competence.synonyms.length > 0 && <p class="muted">{t('alsoKnownAs', { names: competence.synonyms.join(', ') })}</p>}
      </div>
      <section class="stack" aria-labelledby="holders-title">
        <h2 id="holders-title">{t('whoHasIt')}</h2>
        <p class="muted">{holders.length > 0 ? translateCount(lang, 'holders', holders.length) : t('nobodyHasIt')}</p>
        <ul class="plain-list stack stack--tight">
          {holders.slice(0, limit).map(({ person, row, unit }) => (
            <li key={row.id} class="card row row--spread">
              <div class="stack stack--tight">
                <Link to="/personer/$id" params={{ id: person.id }} className="target-link">{person.name}</Link>
                <span class="muted">{[person.title, unit?.name].filter(Boolean).join(' · ')}</span>
              </div>
              <div class="row">
                <span class="badge">{t(`level${row.level}` as MessageKey)}</span>
                {row.canHelp && <span class="badge badge--help">{t('canHelpBadge')}</span>}
              </div>
            </li>
          ))}
        </ul>
        {holders.length > limit && (
          <button type="button" class="button button--quiet" onClick={() => setLimit(limit + PAGE)}>
            {translateCount(lang, 'showMore', Math.min(PAGE, holders.length - limit))}
          </button>
        )}
      </section>
      <LearningsAbout about={{ kind: 'competence', id: competence.id }} />
    </div>
  );
}
