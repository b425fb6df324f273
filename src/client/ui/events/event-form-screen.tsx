// The organizer's form: a new event (/arrangementer/nyt) or changes to one
// (/arrangementer/$id/rediger). The server judges it; until then it waits in the outbox.
import '../../../shared/i18n/sections/events';
// The competence picker is the learning form's (directory search, Danish fold); its words with it.
import '../../../shared/i18n/sections/learning';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useMemo, useState } from 'preact/hooks';
import { SEMINAR_KINDS, type Seminar } from '../../../shared/entities/seminar';
import type { Network } from '../../../shared/entities/network';
import { useRuntime, useT } from '../context';
import { CompetencePicker } from '../learning/competence-picker';
import { DLO_NUMBERS, dloKey, kindKey } from './event-words';
import { byDanish } from '../../../shared/i18n/collate';

/** An ISO moment as a datetime-local value on this device's clock. */
export function toLocalInput(iso: string | null | undefined): string {
  const d = new Date(iso ?? '');
  // An unreadable time is left for the organizer to write again, not guessed.
  if (Number.isNaN(d.getTime())) return '';
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
export const fromLocalInput = (value: string): string => new Date(value).toISOString();

/**
 * The networks an event may be linked to: those I coordinate (the server lets their
 * coordinators run the event), any for an admin; an event's current network stays listed.
 */
export function linkableNetworks(runtime: ReturnType<typeof useRuntime>, current: string | null | undefined): Network[] {
  const me = runtime.personId ? runtime.store.get('person', runtime.personId) : undefined;
  const admin = Boolean(me?.roles.includes('admin'));
  const coordinated = new Set(runtime.store.all('membership')
    .filter((m) => m.personId === me?.id && m.status === 'active' && m.role === 'coordinator')
    .map((m) => m.networkId));
  return runtime.store.all('network')
    .filter((network) => admin || coordinated.has(network.id) || network.id === current)
    .sort((a, b) => byDanish(a.name, b.name));
}

export function EventFormScreen() {
  const id = useParams({ strict: false, select: (params: { id?: string }) => params.id });
  const runtime = useRuntime();
  const seminar = id ? runtime.store.get('seminar', id) : undefined;
  return <EventForm key={id ?? 'new'} seminar={seminar} />;
}

function EventForm({ seminar }: { seminar: Seminar | undefined }) {
  const t = useT();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [competenceIds, setCompetenceIds] = useState<string[]>(seminar?.competenceIds ?? []);
  const networks = useMemo(() => linkableNetworks(runtime, seminar?.networkId), [seminar?.networkId]);
  // A coordinator who is no organizer makes events for their network only (the server's rule).
  const me = runtime.personId ? runtime.store.get('person', runtime.personId) : undefined;
  const networkRequired = !me?.roles.some((role) => role === 'organizer' || role === 'admin');

  async function save(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const get = (name: string) => String(form.get(name) ?? '').trim();
    const startsAt = fromLocalInput(get('startsAt'));
    const endsAt = fromLocalInput(get('endsAt'));
    if (endsAt <= startsAt) { setError(t('eventEndsBeforeStart')); return; }
    const fields = {
      title: get('title'),
      description: get('description'),
      kind: get('kind') as Seminar['kind'],
      startsAt,
      endsAt,
      location: get('location'),
      capacity: Number(get('capacity')),
      signupDeadline: get('signupDeadline') ? fromLocalInput(get('signupDeadline')) : null,
      networkId: get('networkId') || null,
      dlo: form.getAll('dlo').map(Number).sort((a, b) => a - b),
      competenceIds,
    };
    setBusy(true);
    try {
      const id = seminar?.id ?? crypto.randomUUID();
      if (seminar) await runtime.mutate('seminar.update', { id, ...fields });
      else await runtime.mutate('seminar.create', { id, ...fields });
      await navigate({ to: '/arrangementer/$id', params: { id } });
    } finally { setBusy(false); }
  }

  return (
    <form class="stack" aria-label={t(seminar ? 'eventEdit' : 'eventNew')} onSubmit={(event) => void save(event)}>
      <h1>{t(seminar ? 'eventEdit' : 'eventNew')}</h1>
      {error && <p class="notice notice--error" role="alert">{error}</p>}
      <label class="stack stack--tight"><span>{t('eventFieldTitle')}</span>
        <input name="title" required maxLength={200} defaultValue={seminar?.title} />
      </label>
      <label class="stack stack--tight"><span>{t('eventsKind')}</span>
        <select name="kind" defaultValue={seminar?.kind ?? 'seminar'}>
          {SEMINAR_KINDS.map((k) => <option key={k} value={k}>{t(kindKey(k))}</option>)}
        </select>
      </label>
      <label class="stack stack--tight"><span>{t('eventFieldDescription')}</span>
        <textarea name="description" rows={5} maxLength={4000} defaultValue={seminar?.description} />
      </label>
      <label class="stack stack--tight"><span>{t('eventFieldStarts')}</span>
        <input name="startsAt" type="datetime-local" required defaultValue={toLocalInput(seminar?.startsAt)} />
      </label>
      <label class="stack stack--tight"><span>{t('eventFieldEnds')}</span>
        <input name="endsAt" type="datetime-local" required defaultValue={toLocalInput(seminar?.endsAt)} />
      </label>
      <label class="stack stack--tight"><span>{t('eventFieldLocation')}</span>
        <input name="location" required maxLength={200} defaultValue={seminar?.location} />
      </label>
      <label class="stack stack--tight"><span>{t('eventFieldCapacity')}</span>
        <input name="capacity" type="number" inputMode="numeric" min={1} required defaultValue={String(seminar?.capacity ?? 20)} />
      </label>
      <label class="stack stack--tight"><span>{t('eventFieldDeadline')}</span>
        <input name="signupDeadline" type="datetime-local" defaultValue={toLocalInput(seminar?.signupDeadline)} />
      </label>
      <label class="stack stack--tight"><span>{t(networkRequired ? 'eventFieldNetworkRequired' : 'eventFieldNetwork')}</span>
        <select name="networkId" required={networkRequired} defaultValue={seminar?.networkId ?? ''}>
          <option value="">{t('eventNoNetwork')}</option>
          {networks.map((network) => <option key={network.id} value={network.id}>{network.name}</option>)}
        </select>
      </label>
      <CompetencePicker chosen={competenceIds} onChange={setCompetenceIds} />
      <fieldset class="field" aria-describedby="event-dlo-hint">
        <legend>{t('eventFieldDlo')}</legend>
        <p class="muted" id="event-dlo-hint">{t('eventFieldDloHint')}</p>
        <ul class="plain-list">
          {DLO_NUMBERS.map((n) => (
            <li key={n}>
              <label class="checkbox">
                <input type="checkbox" name="dlo" value={n} defaultChecked={seminar?.dlo.includes(n)} />
                <span>{n}. {t(dloKey(n))}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div><button type="submit" class="button" disabled={busy}>{t('eventSave')}</button></div>
    </form>
  );
}
