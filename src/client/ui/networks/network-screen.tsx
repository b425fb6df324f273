// A network's page: what it is and how to join, its coordinators and members (seen by its
// members), requests for coordinators to answer, and its tasks. Every change is queued
// and shown pending until the server has decided (sync.md).
import '../../../shared/i18n/sections/networks';
import { useState } from 'preact/hooks';
import { Link, useParams } from '@tanstack/react-router';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { getNetworkPage } from './network-data';
import { KIND_LABEL } from './network-list';
import { Dialog } from '../components/dialog';
import { PendingBadge } from '../components/pending-badge';
import { NetworkTasks } from './network-tasks';
import { NetworkEvents } from './network-events';
import { LearningsAbout } from '../learning/learnings-about-lazy';

type Page = NonNullable<ReturnType<typeof getNetworkPage>>;
type PersonEntry = Page['people'][number];

export function NetworkScreen() {
  const t = useT();
  const runtime = useRuntime();
  const personId = runtime.personId ?? '';
  const id = useParams({ from: '/netvaerk/$id', shouldThrow: false, select: (params?: { id: string }) => params?.id }) ?? '';
  const page = useLiveQuery(() => getNetworkPage(runtime.store, id, personId), [id, personId]);
  const [leaving, setLeaving] = useState(false);

  if (page === undefined) return <p class="muted">{t('loading')}</p>;
  if (page === null) return <p class="notice">{t('networkNotFound')}</p>;
  const { network, people, mine, tasks, me } = page;
  const roles = me?.roles ?? [];
  const isAdmin = roles.includes('admin');
  const active = mine?.membership.status === 'active';
  const coordinator = active && mine?.membership.role === 'coordinator';
  const seesMembers = active || isAdmin;
  const activePeople = people.filter((p) => p.membership.status === 'active');
  const requests = people.filter((p) => p.membership.status === 'pending');
  // Asked to join and not yet decided: what "leaving" means is taking the request back.
  const asking = mine?.membership.status === 'pending';
  // Asked and declined: said so, and asking again is a new request.
  const declined = mine?.membership.status === 'declined';
  const nameOf = (entry: PersonEntry) => entry.person?.name ?? entry.membership.personId;
  const mutateMember = (name: 'network.approve' | 'network.decline' | 'network.removeMember', target: string) =>
    void runtime.mutate(name, { networkId: network.id, personId: target });

  const personLink = (entry: PersonEntry) => (
    <Link to="/personer/$id" params={{ id: entry.membership.personId }} className="target-link">{nameOf(entry)}</Link>
  );

  return (
    <div class="stack">
      <div class="stack stack--tight">
        <h1>{network.name}</h1>
        <div class="row">
          <span class="badge">{t(KIND_LABEL[network.kind])}</span>
          <span class="badge">{t(network.joinPolicy === 'open' ? 'networkOpen' : 'networkApproval')}</span>
        </div>
        {network.description && <p class="long-text">{network.description}</p>}
      </div>

      <section class="card stack" aria-label={t('networkMembers')} data-testid="membership">
        {!mine && (
          <button type="button" class="button" onClick={() => void runtime.mutate('network.join', { networkId: network.id })}>
            {t(network.joinPolicy === 'open' ? 'networkJoin' : 'networkRequest')}
          </button>
        )}
        {mine && (
          <div class="row">
            <span class="badge" data-testid="my-status">
              {mine.membership.status === 'pending' ? t(mine.pending ? 'networkRequestSaved' : 'networkRequested')
                : declined ? t('networkDeclinedBadge')
                  : t(mine.membership.role === 'coordinator' ? 'networkCoordinatorBadge' : 'networkMemberBadge')}
            </span>
            {mine.pending && <PendingBadge />}
          </div>
        )}
        {declined && (
          <button type="button" class="button" onClick={() => void runtime.mutate('network.join', { networkId: network.id })}>{t('networkAskAgain')}</button>
        )}
        {mine && !declined && (
          <button type="button" class="button button--quiet" onClick={() => setLeaving(true)}>{t(asking ? 'networkWithdrawRequest' : 'networkLeave')}</button>
        )}
      </section>

      {coordinator && requests.length > 0 && (
        <section class="card stack" aria-labelledby="network-requests">
          <h2 id="network-requests">{t('networkRequests')}</h2>
          <p data-testid="requests-waiting">{t.count('networkRequestsWaiting', requests.length)}</p>
          <ul class="plain-list stack">
            {requests.map((entry) => (
              <li key={entry.membership.id} class="stack stack--tight" data-person-id={entry.membership.personId}>
                <div class="row">{personLink(entry)}{entry.pending && <PendingBadge />}</div>
                <div class="row">
                  <button type="button" class="button button--small" onClick={() => mutateMember('network.approve', entry.membership.personId)}>
                    {t('networkApprove', { name: nameOf(entry) })}
                  </button>
                  <button type="button" class="button button--small button--quiet" onClick={() => mutateMember('network.decline', entry.membership.personId)}>
                    {t('networkDecline', { name: nameOf(entry) })}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="card stack" aria-labelledby="network-people">
        <h2 id="network-people">{t('networkMembers')}</h2>
        {!seesMembers && <p class="muted">{t('networkMembersHidden')}</p>}
        {seesMembers && (
          <>
            <h3>{t('networkCoordinators')}</h3>
            <ul class="plain-list stack stack--tight">
              {activePeople.filter((p) => p.membership.role === 'coordinator').map((entry) => (
                <li key={entry.membership.id} class="row" data-person-id={entry.membership.personId}>
                  {personLink(entry)}{entry.pending && <PendingBadge />}
                  {coordinator && entry.membership.personId !== personId && (
                    <button type="button" class="button button--small button--quiet"
                      onClick={() => void runtime.mutate('network.setRole', { networkId: network.id, personId: entry.membership.personId, role: 'member' })}>
                      {t('networkMakeMember', { name: nameOf(entry) })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            <h3>{t('networkMembers')}</h3>
            <ul class="plain-list stack stack--tight">
              {activePeople.filter((p) => p.membership.role === 'member').map((entry) => (
                <li key={entry.membership.id} class="stack stack--tight" data-person-id={entry.membership.personId}>
                  <div class="row">{personLink(entry)}{entry.pending && <PendingBadge />}</div>
                  {coordinator && (
                    <div class="row">
                      <button type="button" class="button button--small button--quiet"
                        onClick={() => void runtime.mutate('network.setRole', { networkId: network.id, personId: entry.membership.personId, role: 'coordinator' })}>
                        {t('networkMakeCoordinator', { name: nameOf(entry) })}
                      </button>
                      <button type="button" class="button button--small button--danger" onClick={() => mutateMember('network.removeMember', entry.membership.personId)}>
                        {t('networkRemove', { name: nameOf(entry) })}
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <NetworkTasks networkId={network.id} tasks={tasks} canReport={active || isAdmin}
        canGive={roles.includes('leader') || isAdmin} personId={personId} />
      <NetworkEvents networkId={network.id} />
      <LearningsAbout about={{ kind: 'network', id: network.id }} />

      <Dialog open={leaving} onClose={() => setLeaving(false)} variant="alert" labelledBy="leave-title" describedBy="leave-text" testId="leave-dialog">
        <h2 id="leave-title">{t(asking ? 'networkWithdrawTitle' : 'networkLeaveTitle', { name: network.name })}</h2>
        <p id="leave-text">{t(asking ? 'networkWithdrawText' : 'networkLeaveText')}</p>
        <div class="dialog__actions">
          <button type="button" class="button button--quiet" autofocus onClick={() => setLeaving(false)}>{t('cancel')}</button>
          <button type="button" class="button button--danger-solid" onClick={() => {
            setLeaving(false);
            void runtime.mutate('network.leave', { networkId: network.id });
          }}>{t(asking ? 'networkWithdrawRequest' : 'networkLeave')}</button>
        </div>
      </Dialog>
    </div>
  );
}
