// /admin/personer: find a person (name or e-mail, as held on this phone), then give roles,
// the knowledge-sharer flag, another unit, or deactivate — one admin.updatePerson each
// save. The server judges it (only admins; the last admin stays); the screen says "gemt"
// and where a refusal will show, offline too.
import '../../../shared/i18n/sections/admin';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import { useDataVersion, useLiveQuery } from '../hooks';
import { SearchField } from '../components/search-field';
import { SelectField } from '../components/form-fields';
import { Checkbox, CheckboxGroup } from '../components/form-choices';
import { byDanish } from '../../../shared/i18n/collate';
import type { Person, Role } from '../../../shared/entities';
import { AdminSaidLine, useAdminSave } from './admin-save';

/** At most this many matches listed: a search narrows, a list of 50,000 does not help. */
const MAX_MATCHES = 20;
type ExtraRole = Exclude<Role, 'employee'>;

function PersonEditor({ person }: { person: Person }) {
  const t = useT();
  const runtime = useRuntime();
  const units = useLiveQuery(() => [...runtime.store.all('unit')].sort((a, b) => byDanish(a.name, b.name)), []);
  const areas = useLiveQuery(() => new Map(runtime.store.all('area').map((a) => [a.id, a.name])), []);
  const [roles, setRoles] = useState<ExtraRole[]>(person.roles.filter((r): r is ExtraRole => r !== 'employee'));
  const [sharer, setSharer] = useState(person.knowledgeSharer);
  const [unitId, setUnitId] = useState(person.unitId);
  const { said, save: send } = useAdminSave();

  async function save(active?: boolean) {
    await send('admin.updatePerson', {
      personId: person.id, roles: ['employee', ...roles], knowledgeSharer: sharer, unitId, ...(active !== undefined && { active }),
    });
  }

  return (
    <section class="card stack" aria-labelledby="person-editor" data-testid="person-editor">
      <h2 id="person-editor">{person.name}</h2>
      <p class="muted">{person.email} · {person.title}</p>
      <CheckboxGroup legend={t('peopleRoles')} hint={t('peopleRolesHint')} values={roles} onChange={setRoles}
        options={[{ value: 'organizer', label: t('roleOrganizer') }, { value: 'leader', label: t('roleLeader') }, { value: 'admin', label: t('roleAdmin') }]} />
      {/* The area follows the unit: a knowledge sharer is designated per area (domain.md). */}
      <Checkbox label={t('peopleSharer', { area: areas?.get(units?.find((u) => u.id === unitId)?.areaId ?? '') ?? '' })} checked={sharer}
        onChange={(event) => setSharer(event.currentTarget.checked)} />
      <p class="muted hint">{t('peopleSharerHint')}</p>
      <SelectField label={t('peopleUnit')} value={unitId} onChange={(event) => setUnitId(event.currentTarget.value)}>
        {(units ?? []).map((unit) => <option key={unit.id} value={unit.id}>{unit.name} ({areas?.get(unit.areaId) ?? ''})</option>)}
      </SelectField>
      <button type="button" class="button" onClick={() => void save()}>{t('peopleSave')}</button>
      <p class="muted">{t('peopleDeactivateHint')}</p>
      <button type="button" class="button button--quiet" onClick={() => void save(false)}>{t('peopleDeactivate', { name: person.name })}</button>
      <AdminSaidLine said={said} />
    </section>
  );
}

export function PeopleScreen() {
  const t = useT();
  const runtime = useRuntime();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  // The directory's typo-forgiving search (built off the tap's way, as Find builds it).
  const [searchReady, setSearchReady] = useState(runtime.directory.isBuilt);
  useEffect(() => {
    if (!searchReady) void runtime.directory.prepare().then(() => setSearchReady(true));
  }, []);
  const version = useDataVersion();
  const matches = useMemo((): Person[] => {
    const text = q.trim();
    if (!text) return [];
    // An e-mail address is looked up as written: the directory searches names and what people know.
    if (text.includes('@')) {
      const start = text.toLowerCase();
      return runtime.store.all('person').filter((p) => p.email.toLowerCase().startsWith(start)).slice(0, MAX_MATCHES);
    }
    if (!searchReady) return [];
    return runtime.directory.get().search(text, undefined, MAX_MATCHES).flatMap((id) => runtime.store.get('person', id) ?? []);
  }, [q, searchReady, version]);
  const person = useLiveQuery(() => (chosen ? runtime.store.get('person', chosen) : undefined), [chosen]);

  return (
    <div class="stack">
      <section class="card stack" aria-labelledby="people-title">
        <h1 id="people-title">{t('peopleTitle')}</h1>
        <p>{t('peopleIntro')}</p>
        <SearchField label={t('peopleSearch')} value={q} onInput={setQ} />
        {q.trim() !== '' && !q.includes('@') && !searchReady && <p class="muted" role="status">{t('loading')}</p>}
        {q.trim() !== '' && (searchReady || q.includes('@')) && matches.length === 0 && <p class="muted" role="status">{t('peopleNoMatch')}</p>}
        {matches.length > 0 && (
          <ul class="log-list" data-testid="people-matches">
            {matches.map((p) => (
              <li key={p.id}>
                <button type="button" class="button button--secondary" aria-label={t('peopleChoose', { name: p.name })}
                  aria-pressed={p.id === chosen} onClick={() => setChosen(p.id)}>
                  <span>{p.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {person && <PersonEditor key={person.id} person={person} />}
    </div>
  );
}
