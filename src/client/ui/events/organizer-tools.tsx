// What the organizer of an event sees on its page: the poster link, the check-in QR with
// "Ny kode", and the participants, waiting list and attendance (with a CSV for Excel).
import '../../../shared/i18n/sections/events';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'preact/hooks';
import type { Seminar, Signup } from '../../../shared/entities/seminar';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listEventChanges } from '../../store/queries';
import { seminarOf } from './signup-state';
import { buildCsv } from './csv';
import { downloadText, fileStem } from './download';

/** A fresh check-in code, made on this phone (offline too). */
export function newCheckinCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function mayRun(runtime: ReturnType<typeof useRuntime>, seminar: Seminar): boolean {
  const me = runtime.personId ? runtime.store.get('person', runtime.personId) : undefined;
  return Boolean(me && (me.id === seminar.organizerId || me.roles.includes('admin')));
}

export function useQrSvg(text: string | null): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    if (!text) { setSvg(null); return; }
    void import('qrcode').then((qr) => qr.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })).then((value) => { if (alive) setSvg(value); });
    return () => { alive = false; };
  }, [text]);
  return svg;
}

export const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export function OrganizerTools({ seminar }: { seminar: Seminar }) {
  const t = useT();
  return (
    <section class="card stack" aria-labelledby="organizer-tools">
      <h2 id="organizer-tools">{t('eventOrganizerTools')}</h2>
      <p><Link to="/arrangementer/$id/plakat" params={{ id: seminar.id }}>{t('eventPoster')}</Link></p>
      <p><Link to="/arrangementer/$id/rediger" params={{ id: seminar.id }}>{t('eventEdit')}</Link></p>
      {seminar.status !== 'cancelled' && <CancelEvent seminar={seminar} />}
      <CheckinQr seminar={seminar} />
      <Participants seminar={seminar} />
    </section>
  );
}

function CancelEvent({ seminar }: { seminar: Seminar }) {
  const t = useT();
  const runtime = useRuntime();
  return (
    <div>
      <button
        type="button"
        class="button button--quiet"
        onClick={() => { if (window.confirm(t('eventCancelConfirm', { title: seminar.title }))) void runtime.mutate('seminar.cancel', { id: seminar.id }); }}
      >
        {t('eventCancelEvent')}
      </button>
    </div>
  );
}

function CheckinQr({ seminar }: { seminar: Seminar }) {
  const t = useT();
  const runtime = useRuntime();
  const pendingCode = useLiveQuery(async () => {
    const { pending } = await listEventChanges(runtime.store);
    const renewals = pending.filter((entry) => entry.name === 'seminar.renewCheckinCode' && seminarOf(entry) === seminar.id);
    return (renewals.at(-1)?.args as { code?: string } | undefined)?.code ?? null;
  }, [seminar.id]);
  const code = pendingCode ?? seminar.checkinCode ?? null;
  const url = code ? `${location.origin}/c/${encodeURIComponent(seminar.id)}?k=${encodeURIComponent(code)}` : null;
  const svg = useQrSvg(url);
  return (
    <div class="stack stack--tight">
      <h3>{t('checkinQrTitle')}</h3>
      {svg && url ? (
        <>
          <img src={svgDataUrl(svg)} alt={t('checkinQrAlt')} width={240} height={240} data-testid="checkin-qr" />
          <p><a href={url} data-testid="checkin-link">{url}</a></p>
        </>
      ) : <p class="muted">{t('checkinNoCode')}</p>}
      {pendingCode && <p class="badge badge--pending">{t('checkinCodePending')}</p>}
      <div>
        <button type="button" class="button button--quiet" onClick={() => void runtime.mutate('seminar.renewCheckinCode', { id: seminar.id, code: newCheckinCode() })}>
          {t('checkinNewCode')}
        </button>
      </div>
    </div>
  );
}

function Participants({ seminar }: { seminar: Seminar }) {
  const t = useT();
  const runtime = useRuntime();
  const rows = useLiveQuery(() => runtime.store.all('signup')
    .filter((row) => row.seminarId === seminar.id && row.status !== 'cancelled')
    .map((row) => ({ row, person: runtime.store.get('person', row.personId) }))
    .sort((a, b) => (a.row.position ?? 0) - (b.row.position ?? 0) || (a.person?.name ?? '').localeCompare(b.person?.name ?? '', 'da')), [seminar.id]);
  if (!rows) return null;
  const confirmed = rows.filter(({ row }) => row.status === 'confirmed');
  const waiting = rows.filter(({ row }) => row.status === 'waitlisted');
  const name = (row: Signup, person: { name: string } | undefined) => person?.name ?? row.personId;
  function exportCsv() {
    const csv = buildCsv(
      [t('csvName'), t('csvEmail'), t('csvStatus'), t('csvPosition'), t('csvPresent')],
      rows!.map(({ row, person }) => [
        name(row, person), (person as { email?: string } | undefined)?.email ?? '',
        row.status === 'confirmed' ? t('stateConfirmed') : t('waitlistTitle'), row.position ?? '',
        row.checkedInAt ? t('csvYes') : t('csvNo'),
      ]),
    );
    downloadText(`${fileStem(seminar.title)}-deltagere.csv`, csv, 'text/csv;charset=utf-8');
  }
  return (
    <div class="stack stack--tight">
      <h3>{t('participantsTitle')} ({confirmed.length})</h3>
      {confirmed.length === 0 ? <p class="muted">{t('participantsNone')}</p> : (
        <ul class="stack stack--tight" data-testid="participants">
          {confirmed.map(({ row, person }) => (
            <li key={row.id}>
              <label>
                <input
                  type="checkbox"
                  checked={Boolean(row.checkedInAt)}
                  onChange={(event) => void runtime.mutate('attendance.set', { seminarId: seminar.id, personId: row.personId, present: event.currentTarget.checked })}
                />{' '}
                {name(row, person)}
              </label>
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <>
          <h3>{t('waitlistTitle')} ({waiting.length})</h3>
          <ol class="stack stack--tight">
            {waiting.map(({ row, person }) => <li key={row.id}>{t('stateWaitlisted', { n: row.position ?? '?' })}: {name(row, person)}</li>)}
          </ol>
        </>
      )}
      <div><button type="button" class="button button--quiet" onClick={exportCsv}>{t('attendanceCsv')}</button></div>
    </div>
  );
}
