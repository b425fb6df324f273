// /admin/kompetencer: the competence catalogue as an admin keeps it. Find one (name, synonym,
// category, Danish folding), see how many hold it, change it, retire it, or merge it into
// another; or add a new one. Each is one change the server judges; the screen says "gemt".
import '../../../shared/i18n/sections/admin';
import { useMemo, useState } from 'preact/hooks';
import { useLang, useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { SearchField } from '../components/search-field';
import { competenceMatches } from '../components/catalogue-chooser';
import { holderCounts, listCatalogue } from '../../store/queries';
import { translateCount } from '../../../shared/i18n/plural';
import { byDanish } from '../../../shared/i18n/collate';
import type { Competence } from '../../../shared/entities';
import { CompetenceForm } from './competence-form';
import { CompetenceMerge } from './competence-merge';
import { AdminSaidLine, useAdminSave } from './admin-save';

/** At most this many listed: a search narrows the catalogue's few hundred. */
const MAX_LISTED = 30;

export function CompetencesScreen() {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const catalogue = useLiveQuery(() => listCatalogue(runtime.store), []) ?? [];
  // Holders per competence: counted once per change of the rows, not per keystroke.
  const holders = useLiveQuery(() => holderCounts(runtime.store), []);
  const categories = useMemo(() => [...new Set(catalogue.map((c) => c.category))].sort(byDanish), [catalogue]);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ id: string | undefined; key: number }>({ id: undefined, key: 0 });
  const { said, save, clear } = useAdminSave();
  const chosen: Competence | undefined = editing.id ? catalogue.find((c) => c.id === editing.id) : undefined;
  const listed = useMemo(() => {
    const q = query.trim();
    return (q ? catalogue.filter((c) => competenceMatches(c, q)) : catalogue).slice(0, MAX_LISTED);
  }, [catalogue, query]);

  const edit = (id: string | undefined) => { setEditing((e) => ({ id, key: e.key + 1 })); clear(); };

  return (
    <div class="stack">
      <section class="card stack" aria-labelledby="cat-title">
        <h1 id="cat-title">{t('catTitle')}</h1>
        <p>{t('catIntro')}</p>
        <SearchField label={t('catSearch')} hint={t('catSearchHint')} value={query} onInput={setQuery} />
        <button type="button" class="button button--secondary" onClick={() => edit(undefined)}>{t('catNew')}</button>
      </section>
      {query.trim() !== '' && listed.length === 0 && <p class="muted" role="status">{t('catNoMatch', { q: query.trim() })}</p>}
      <ul class="log-list" data-testid="catalogue-list">
        {listed.map((competence) => (
          <li key={competence.id} class="card log-entry">
            <p><strong>{competence.name}</strong>{competence.retired && <> · <span class="badge">{t('catRetiredBadge')}</span></>}</p>
            <p class="muted">{competence.category} · {translateCount(lang, 'catHolders', holders?.get(competence.id) ?? 0)}</p>
            <button type="button" class="button button--quiet" aria-label={t('catEditLabel', { name: competence.name })}
              onClick={() => edit(competence.id)}>{t('catEdit')}</button>
          </li>
        ))}
      </ul>
      <CompetenceForm key={`form-${editing.key}`} competence={chosen} categories={categories} save={save} />
      {chosen && <CompetenceMerge key={`merge-${editing.key}`} duplicate={chosen} catalogue={catalogue} save={save}
        onMerged={() => setEditing((e) => ({ id: undefined, key: e.key + 1 }))} />}
      <AdminSaidLine said={said} />
    </div>
  );
}
