// A colleague's page: where they work, how to reach them, their competences by category
// (each a link to who else has it).
import { Link, useParams } from '@tanstack/react-router';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listPersonCompetences } from '../../store/queries';
import { dialable } from '../components/contact-links';
import { LearningsAbout } from '../learning/learnings-about-lazy';
import '../../../shared/i18n/sections/people';
import { byDanish } from '../../../shared/i18n/collate';

export function PersonScreen() {
  const t = useT();
  const runtime = useRuntime();
  // Going back, the page being left may render once more after its match lost its params.
  const id = useParams({ from: '/personer/$id', shouldThrow: false, select: (params?: { id: string }) => params?.id }) ?? '';
  const view = useLiveQuery(() => {
    const person = runtime.store.get('person', id);
    if (!person) return null;
    const unit = runtime.store.get('unit', person.unitId);
    const area = unit ? runtime.store.get('area', unit.areaId) : undefined;
    const byCategory = new Map<string, ReturnType<typeof listPersonCompetences>>();
    for (const item of listPersonCompetences(runtime.store, id)) {
      const category = item.competence?.category ?? '';
      byCategory.set(category, [...(byCategory.get(category) ?? []), item]);
    }
    return { person, unit, area, byCategory: [...byCategory].sort(([a], [b]) => byDanish(a, b)) };
  }, [id]);

  if (view === undefined) return <p class="muted">{t('loading')}</p>;
  if (view === null) return <p class="notice">{t('personNotFound')}</p>;
  const { person, unit, area, byCategory } = view;
  const phone = dialable(person);
  return (
    <div class="stack">
      <div class="stack stack--tight">
        <h1>{person.name}</h1>
        <p>{person.title}</p>
        <p class="muted">
          {unit && <Link to="/enheder/$id" params={{ id: unit.id }} className="target-link" data-testid="person-unit">{unit.name}</Link>}
          {area && `${unit ? ' · ' : ''}${area.name}`}
        </p>
        {person.knowledgeSharer && (
          <div class="stack stack--tight">
            <p><span class="badge badge--sharer">{t('sharerBadge')}</span></p>
            <p class="muted hint">{t('sharerExplained')}</p>
          </div>
        )}
      </div>
      <section class="card stack" aria-labelledby="contact-title">
        <h2 id="contact-title">{t('contact')}</h2>
        {/* Each link's name is its visible text (WCAG 2.5.3): "Ring +45 …", said as seen. */}
        <div class="contact-actions">
          {phone && (
            <a class="button contact-button" href={`tel:${phone}`}>
              <span>{t('contactCall')}</span> <span class="contact-button__detail">{person.phone}</span>
            </a>
          )}
          {phone && <a class="button button--quiet contact-button" href={`sms:${phone}`}>{t('contactSms')}</a>}
          <a class="button button--quiet contact-button" href={`mailto:${person.email}`}>
            <span>{t('contactMail')}</span> <span class="contact-button__detail">{person.email}</span>
          </a>
        </div>
        {!phone && <p class="muted">{t('phoneHiddenNote')}</p>}
      </section>
      {person.bio && <p class="long-text">{person.bio}</p>}
      <section class="card stack" aria-labelledby="person-competences-title">
        <h2 id="person-competences-title">{t('competences')}</h2>
        {byCategory.length === 0 && <p class="muted">{t('noPersonCompetences')}</p>}
        {byCategory.map(([category, items]) => (
          <div key={category} class="stack stack--tight">
            <h3>{category}</h3>
            <ul class="plain-list person-competences">
              {items.map((item) => (
                <li key={item.row.id} class="stack stack--tight">
                  <div class="row">
                    {item.competence
                      ? <Link to="/kompetencer/$id" params={{ id: item.competence.id }} className="target-link">{item.competence.name}</Link>
                      : <strong>{item.row.competenceId}</strong>}
                    <span class="badge">{t(`level${item.row.level}` as MessageKey)}</span>
                    {item.row.canHelp && <span class="badge badge--help">{t('canHelpBadge')}</span>}
                  </div>
                  {item.row.note && <p class="muted long-text">{item.row.note}</p>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <LearningsAbout about={{ kind: 'person', id: person.id }} />
    </div>
  );
}
