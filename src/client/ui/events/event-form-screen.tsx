// The organizer's form: a new event (/arrangementer/nyt) or changes to one
// (/arrangementer/$id/rediger). The server judges it; until then it waits in the outbox.
import '../../../shared/i18n/sections/events';
// The competence picker is the learning form's (directory search, Danish fold); its words with it.
import '../../../shared/i18n/sections/learning';
import '../../../shared/i18n/sections/forms';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useMemo, useState } from 'preact/hooks';
import { SEMINAR_KINDS, type Seminar } from '../../../shared/entities/seminar';
import type { Network } from '../../../shared/entities/network';
import { useRuntime, useT } from '../context';
import { CompetencePicker } from '../learning/competence-picker';
import { DLO_NUMBERS, dloKey, kindKey } from './event-words';
import { byDanish } from '../../../shared/i18n/collate';
import { Form, type FormSubmitEvent } from '../components/form';
import { useFormErrors, type FormError } from '../components/form-errors';
import { DateTimeField, LongTextField, NumberField, SelectField, TextField } from '../components/form-fields';
import { CheckboxGroup } from '../components/form-choices';
import { useFormWords } from '../components/form-words';
import { fromCopenhagenInput, toCopenhagenInput } from '../../../shared/time/copenhagen-time';

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
  const errors = useFormErrors();
  const say = useFormWords();
  const [busy, setBusy] = useState(false);
  const [competenceIds, setCompetenceIds] = useState<string[]>(seminar?.competenceIds ?? []);
  const networks = useMemo(() => linkableNetworks(runtime, seminar?.networkId), [seminar?.networkId]);
  // A coordinator who is no organizer makes events for their network only (the server's rule).
  const me = runtime.personId ? runtime.store.get('person', runtime.personId) : undefined;
  const networkRequired = !me?.roles.some((role) => role === 'organizer' || role === 'admin');

  async function save(event: FormSubmitEvent) {
    const form = new FormData(event.currentTarget);
    const get = (name: string) => String(form.get(name) ?? '').trim();
    // The browser has checked that both are filled in (the kit's Form); each is a time.
    const startsAt = fromCopenhagenInput(get('startsAt'));
    const endsAt = fromCopenhagenInput(get('endsAt'));
    const deadline = get('signupDeadline') ? fromCopenhagenInput(get('signupDeadline')) : null;
    const found: FormError[] = [];
    if (!startsAt) found.push({ field: 'event-starts', message: say('formNotDate') });
    if (!endsAt) found.push({ field: 'event-ends', message: say('formNotDate') });
    if (startsAt && endsAt && endsAt <= startsAt) found.push({ field: 'event-ends', message: t('eventEndsBeforeStart') });
    if (found.length > 0 || !startsAt || !endsAt) { errors.show(found); return; }
    const fields = {
      title: get('title'),
      description: get('description'),
      kind: get('kind') as Seminar['kind'],
      startsAt,
      endsAt,
      location: get('location'),
      capacity: Number(get('capacity')),
      signupDeadline: deadline,
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
    <Form class="stack" aria-label={t(seminar ? 'eventEdit' : 'eventNew')} errors={errors} onSubmit={(event) => void save(event)}
      head={<h1>{t(seminar ? 'eventEdit' : 'eventNew')}</h1>}>
      <TextField label={t('eventFieldTitle')} id="event-title" name="title" required maxLength={200} defaultValue={seminar?.title} />
      <SelectField label={t('eventsKind')} id="event-kind" name="kind" defaultValue={seminar?.kind ?? 'seminar'}>
        {SEMINAR_KINDS.map((k) => <option key={k} value={k}>{t(kindKey(k))}</option>)}
      </SelectField>
      <LongTextField label={t('eventFieldDescription')} id="event-description" name="description" rows={5} maxLength={4000} defaultValue={seminar?.description} />
      <DateTimeField label={t('eventFieldStarts')} id="event-starts" name="startsAt" required defaultValue={toCopenhagenInput(seminar?.startsAt)} />
      <DateTimeField label={t('eventFieldEnds')} id="event-ends" name="endsAt" required defaultValue={toCopenhagenInput(seminar?.endsAt)} />
      <TextField label={t('eventFieldLocation')} id="event-location" name="location" required maxLength={200} defaultValue={seminar?.location} />
      <NumberField label={t('eventFieldCapacity')} id="event-capacity" name="capacity" min={1} required defaultValue={String(seminar?.capacity ?? 20)} />
      <DateTimeField label={t('eventFieldDeadline')} id="event-deadline" name="signupDeadline" defaultValue={toCopenhagenInput(seminar?.signupDeadline)} />
      <SelectField label={t(networkRequired ? 'eventFieldNetworkRequired' : 'eventFieldNetwork')} id="event-network" name="networkId"
        required={networkRequired} defaultValue={seminar?.networkId ?? ''}>
        <option value="">{t('eventNoNetwork')}</option>
        {networks.map((network) => <option key={network.id} value={network.id}>{network.name}</option>)}
      </SelectField>
      <CompetencePicker chosen={competenceIds} onChange={setCompetenceIds} />
      <CheckboxGroup legend={t('eventFieldDlo')} hint={t('eventFieldDloHint')} id="event-dlo" name="dlo"
        options={DLO_NUMBERS.map((n) => ({ value: String(n), label: `${n}. ${t(dloKey(n))}` }))}
        defaultValues={seminar?.dlo.map(String)} />
      <div><button type="submit" class="button" disabled={busy}>{t('eventSave')}</button></div>
    </Form>
  );
}
