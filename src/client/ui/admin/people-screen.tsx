// /admin/personer: find a person (name or e-mail, as held on this phone), then give roles,
// the knowledge-sharer flag, another unit, or deactivate — one admin.updatePerson each
// save. The server judges it (only admins; the last admin stays); the screen says "gemt"
// and where a refusal will show, offline too.
import '../../../shared/i18n/sections/admin';
import { useMemo, useState } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { SearchField } from '../components/search-field';
import { SelectField } from '../components/form-fields';
import { Checkbox, CheckboxGroup } from '../components/form-choices';
import { byDanish } from '../../../shared/i18n/collate';
import type { Person, Role } from '../../../shared/entities';
import { AdminSaidLine, useAdminSave } from './admin-save';

/** At most this many matches listed: a search narrows, a list of 50,000 does not help. */
const MAX_MATCHES = 20;
type ExtraRole = Exclude<Role, 'employee'>;

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

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
      <Checkbox label={t('peopleSharer')} checked={sharer} onChange={(event) => setSharer(event.currentTarget.checked)} />
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
  const people = useLiveQuery(() => runtime.store.all('person'), []);
  const matches = useMemo(() => {
    const words = fold(q.trim());
    if (!words || !people) return [];
    return people.filter((p) => fold(`${p.name} ${p.email}`).includes(words)).slice(0, MAX_MATCHES);
  }, [q, people]);
  const person = chosen ? people?.find((p) => p.id === chosen) : undefined;

  return (
    <div class="stack">
      <section class="card stack" aria-labelledby="people-title">
        <h1 id="people-title">{t('peopleTitle')}</h1>
        <p>{t('peopleIntro')}</p>
        <SearchField label={t('peopleSearch')} value={q} onInput={setQ} />
        {q.trim() !== '' && matches.length === 0 && <p class="muted" role="status">{t('peopleNoMatch')}</p>}
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
