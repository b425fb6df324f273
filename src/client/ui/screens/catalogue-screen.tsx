// The competence catalogue by category, with how many colleagues hold each.
import { Link } from '@tanstack/react-router';
import { translateCount } from '../../../shared/i18n/plural';
import { useLang, useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { holderCounts, listCatalogue } from '../../store/queries';
import '../../../shared/i18n/sections/people';

export function CatalogueScreen() {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const view = useLiveQuery(() => {
    const counts = holderCounts(runtime.store);
    const byCategory = new Map<string, { id: string; name: string; holders: number }[]>();
    for (const competence of listCatalogue(runtime.store)) {
      const list = byCategory.get(competence.category) ?? [];
      list.push({ id: competence.id, name: competence.name, holders: counts.get(competence.id) ?? 0 });
      byCategory.set(competence.category, list);
    }
    return [...byCategory];
  }, []);
  return (
    <div class="stack">
      <h1>{t('catalogueTitle')}</h1>
      <p>{t('catalogueIntro')}</p>
      {(view ?? []).map(([category, competences]) => (
        <section key={category} class="card stack stack--tight" aria-label={category}>
          <h2>{category}</h2>
          <ul class="plain-list catalogue-list">
            {competences.map((c) => (
              <li key={c.id}>
                <Link to="/kompetencer/$id" params={{ id: c.id }}>{c.name}</Link>
                <span class="muted"> · {translateCount(lang, 'holders', c.holders)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
