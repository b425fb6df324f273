// What the organizer of an event sees on its page: the poster link, the check-in QR with
// "Ny kode", and the participants, waiting list and attendance (with a CSV for Excel).
import '../../../shared/i18n/sections/events';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'preact/hooks';
import type { Seminar, Signup } from '../../../shared/entities/seminar';
import { membershipId } from '../../../shared/entities/network';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listEventChanges } from '../../store/queries';
import { seminarOf, type MutationLike } from './signup-state';
import { participantsCsv } from './participants-csv';
import { downloadText, fileStem } from './download';
import { Dialog } from '../components/dialog';
import { PendingBadge } from '../components/pending-badge';
import { Checkbox } from '../components/form-choices';
import '../../../shared/i18n/sections/networks';
import { byDanish } from '../../../shared/i18n/collate';

/** A fresh check-in code, made on this phone (offline too). */
export function newCheckinCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** As the server's mayRunSeminar: its organizer, an admin, or a coordinator of its network. */
export function mayRun(runtime: ReturnType<typeof useRuntime>, seminar: Seminar): boolean {
  const me = runtime.personId ? runtime.store.get('person', runtime.personId) : undefined;
  if (!me) return false;
  if (me.id === seminar.organizerId || me.roles.includes('admin')) return true;
  const membership = seminar.networkId ? runtime.store.get('membership', membershipId(seminar.networkId, me.id)) : undefined;
  return membership?.status === 'active' && membership.role === 'coordinator';
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
  const [asking, setAsking] = useState(false);
  return (
    <div>
      <button type="button" class="button button--quiet" onClick={() => setAsking(true)}>{t('eventCancelEvent')}</button>
      <Dialog open={asking} onClose={() => setAsking(false)} variant="alert" labelledBy="cancel-event-title" describedBy="cancel-event-text" testId="cancel-event-dialog">
        <h2 id="cancel-event-title">{t('eventCancelEventTitle')}</h2>
        <p id="cancel-event-text">{t('eventCancelConfirm', { title: seminar.title })}</p>
        <div class="dialog__actions">
          <button type="button" class="button button--quiet" autofocus onClick={() => setAsking(false)}>{t('eventCancelKeep')}</button>
          <button type="button" class="button button--danger-solid" onClick={() => {
            setAsking(false);
            void runtime.mutate('seminar.cancel', { id: seminar.id });
          }}>{t('eventCancelYes')}</button>
        </div>
      </Dialog>
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

/** The latest attendance tick per person that still waits in the outbox. */
export function pendingTicks(pending: readonly MutationLike[], seminarId: string): Map<string, boolean> {
  const ticks = new Map<string, boolean>();
  for (const entry of [...pending].sort((a, b) => a.id - b.id)) {
    if (entry.name !== 'attendance.set' || seminarOf(entry) !== seminarId) continue;
    const args = entry.args as { personId: string; present: boolean };
    ticks.set(args.personId, args.present);
  }
  return ticks;
}

function Participants({ seminar }: { seminar: Seminar }) {
  const t = useT();
  const runtime = useRuntime();
  const data = useLiveQuery(async () => {
    const { pending } = await listEventChanges(runtime.store);
    const rows = runtime.store.all('signup')
      .filter((row) => row.seminarId === seminar.id && row.status !== 'cancelled')
      .map((row) => ({ row, person: runtime.store.get('person', row.personId) }))
      .sort((a, b) => (a.row.position ?? 0) - (b.row.position ?? 0) || byDanish(a.person?.name ?? '', b.person?.name ?? ''));
    return { rows, ticks: pendingTicks(pending, seminar.id) };
  }, [seminar.id]);
  if (!data) return null;
  const { rows, ticks } = data;
  const confirmed = rows.filter(({ row }) => row.status === 'confirmed');
  const waiting = rows.filter(({ row }) => row.status === 'waitlisted');
  const name = (row: Signup, person: { name: string } | undefined) => person?.name ?? row.personId;
  function exportCsv() {
    downloadText(`${fileStem(seminar.title)}-deltagere.csv`, participantsCsv(rows, t), 'text/csv;charset=utf-8');
  }
  return (
    <div class="stack stack--tight">
      <h3>{t('participantsTitle')} ({confirmed.length})</h3>
      {confirmed.length === 0 ? <p class="muted">{t('participantsNone')}</p> : (
        <ul class="stack stack--tight" data-testid="participants">
          {confirmed.map(({ row, person }) => {
            // A tick still in the outbox shows as ticked (or not) at once, marked as waiting.
            const waiting = ticks.get(row.personId);
            return (
              <li key={row.id} class="row" data-person-id={row.personId} data-pending={waiting !== undefined ? 'true' : undefined}>
                <Checkbox
                  label={name(row, person)}
                  checked={waiting ?? Boolean(row.checkedInAt)}
                  onChange={(event) => void runtime.mutate('attendance.set', { seminarId: seminar.id, personId: row.personId, present: event.currentTarget.checked })}
                />
                {waiting !== undefined && <PendingBadge />}
              </li>
            );
          })}
        </ul>
      )}
      {ticks.size > 0 && <p class="muted">{t('attendancePendingHint')}</p>}
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
