// A colleague's page: where they work, how to reach them, their competences by category.
import { useParams } from '@tanstack/react-router';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listPersonCompetences } from '../../store/queries';

export function PersonScreen() {
  const t = useT();
  const runtime = useRuntime();
  const { id } = useParams({ from: '/personer/$id' });
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
    return { person, unit, area, byCategory: [...byCategory].sort(([a], [b]) => a.localeCompare(b, 'da')) };
  }, [id]);

  if (view === undefined) return <p class="muted">{t('loading')}</p>;
  if (view === null) return <p class="notice">{t('personNotFound')}</p>;
  const { person, unit, area, byCategory } = view;
  const phone = person.phone?.replace(/[^+0-9]/g, '');
  return (
    <div class="stack">
      <div class="stack stack--tight">
        <h1>{person.name}</h1>
        <p>{person.title}</p>
        <p class="muted">{[unit?.name, area?.name].filter(Boolean).join(' · ')}</p>
        {person.knowledgeSharer && <p><span class="badge badge--sharer">{t('sharerBadge')}</span></p>}
      </div>
      <section class="card stack" aria-labelledby="contact-title">
        <h2 id="contact-title">{t('contact')}</h2>
        <div class="contact-actions">
          {phone && <a class="button contact-button" href={`tel:${phone}`} aria-label={t('call', { name: person.name })}>{t('phone')}: {person.phone}</a>}
          {phone && <a class="button button--quiet contact-button" href={`sms:${phone}`} aria-label={t('sms', { name: person.name })}>SMS</a>}
          <a class="button button--quiet contact-button" href={`mailto:${person.email}`} aria-label={t('mail', { name: person.name })}>{t('email')}: {person.email}</a>
        </div>
        {!phone && <p class="muted">{t('phoneHiddenNote')}</p>}
      </section>
      {person.bio && <p>{person.bio}</p>}
      <section class="card stack" aria-labelledby="person-competences-title">
        <h2 id="person-competences-title">{t('competences')}</h2>
        {byCategory.length === 0 && <p class="muted">{t('noPersonCompetences')}</p>}
        {byCategory.map(([category, items]) => (
          <div key={category} class="stack stack--tight">
            <h3>{category}</h3>
            <ul class="plain-list stack stack--tight">
              {items.map((item) => (
                <li key={item.row.id}>
                  <div class="row">
                    <strong>{item.competence?.name ?? item.row.competenceId}</strong>
                    <span class="badge">{t(`level${item.row.level}` as MessageKey)}</span>
                    {item.row.canHelp && <span class="badge badge--help">{t('canHelpBadge')}</span>}
                  </div>
                  {item.row.note && <p class="muted">{item.row.note}</p>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
