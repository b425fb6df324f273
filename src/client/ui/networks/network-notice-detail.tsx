// What a notice on Mig adds for networks. The asker's answer (approved or declined): the
// way to the network. A coordinator's "… vil gerne være medlem": the way to the network
// and Godkend / Afvis in place (the network page's own actions), then what became of the
// request, pending until the server has it (sync.md).
import '../../../shared/i18n/sections/networks';
import { Link } from '@tanstack/react-router';
import { useRef } from 'preact/hooks';
import { membershipId } from '../../../shared/entities';
import type { Notice } from '../../store/queries';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { PendingBadge } from '../components/pending-badge';

type SyncNotice = Extract<Notice, { source: 'sync' }>;

const NETWORK_KINDS = new Set(['networkRequest', 'networkApproved', 'networkDeclined']);

/**
 * The network (and, for a request, the person) a notice speaks of. Its vars name them;
 * a request raised before they did has them only in its id (`networkRequest:<network>:<person>`).
 */
export function noticeSubject(notice: SyncNotice): { networkId: string; personId: string } | null {
  const { vars, id, kind } = notice.entry;
  const key = id.slice(kind.length + 1);
  const cut = key.lastIndexOf(':');
  const networkId = typeof vars.networkId === 'string' ? vars.networkId : cut > 0 ? key.slice(0, cut) : '';
  const personId = typeof vars.personId === 'string' ? vars.personId : cut > 0 ? key.slice(cut + 1) : '';
  return networkId ? { networkId, personId } : null;
}

export function NetworkNoticeDetail({ notice }: { notice: Notice }) {
  if (notice.source !== 'sync' || !NETWORK_KINDS.has(notice.entry.kind)) return null;
  const subject = noticeSubject(notice);
  if (!subject) return null;
  const name = String(notice.entry.vars.name ?? '');
  return (
    <div class="stack stack--tight" data-testid="network-notice">
      <NetworkLink networkId={subject.networkId} name={name} />
      {notice.entry.kind === 'networkRequest' && subject.personId && (
        <RequestAnswer networkId={subject.networkId} personId={subject.personId} person={String(notice.entry.vars.person ?? '')} />
      )}
    </div>
  );
}

function NetworkLink({ networkId, name }: { networkId: string; name: string }) {
  const t = useT();
  return <Link to="/netvaerk/$id" params={{ id: networkId }} className="target-link">{t('noticeOpenNetwork', { name })}</Link>;
}

/** The request as the device has it now: waiting (answer it here), approved, or gone. */
function RequestAnswer({ networkId, personId, person }: { networkId: string; personId: string; person: string }) {
  const t = useT();
  const runtime = useRuntime();
  const outcome = useRef<HTMLParagraphElement>(null);
  const id = membershipId(networkId, personId);
  const state = useLiveQuery(() => ({
    status: runtime.store.get('membership', id)?.status,
    pending: runtime.store.isPending('membership', id),
    name: runtime.store.get('person', personId)?.name ?? person,
  }), [id]);
  if (!state) return null;
  const answer = async (name: 'network.approve' | 'network.decline') => {
    await runtime.mutate(name, { networkId, personId });
    // The buttons are gone: keep the focus on what became of the request.
    outcome.current?.focus();
  };
  const said = state.status === 'active' ? t('noticeRequestApproved', { person: state.name })
    : state.status === 'pending' ? ''
      : state.pending ? t('noticeRequestDeclined', { person: state.name }) : t('noticeRequestClosed');
  return (
    <>
      {state.status === 'pending' && (
        <div class="row">
          <button type="button" class="button" onClick={() => void answer('network.approve')}>{t('networkApprove', { name: state.name })}</button>
          <button type="button" class="button button--quiet" onClick={() => void answer('network.decline')}>{t('networkDecline', { name: state.name })}</button>
        </div>
      )}
      <p ref={outcome} tabIndex={-1} role="status" class="row" data-testid="request-outcome">
        {said && <span>{said}</span>}
        {said && state.pending && <PendingBadge />}
      </p>
    </>
  );
}
