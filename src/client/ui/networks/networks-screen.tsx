// "Netværk": my networks first, then every network by kind, searchable (Danish folding).
// Leaders and admins create networks here and reach the tasks they have given.
import '../../../shared/i18n/sections/networks';
import { useMemo, useState } from 'preact/hooks';
import { Link } from '@tanstack/react-router';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listNetworksFor } from './network-data';
import { groupNetworks, KIND_LABEL, type NetworkItem } from './network-list';
import { CreateNetworkForm } from './create-network-form';
import { PendingBadge } from '../components/pending-badge';
import { NotYetSynced, useNeverSynced } from '../components/not-yet-synced';

export function NetworksScreen() {
  const t = useT();
  const neverSynced = useNeverSynced();
  const runtime = useRuntime();
  const personId = runtime.personId ?? '';
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const data = useLiveQuery(() => ({
    ...listNetworksFor(runtime.store, personId),
    roles: runtime.store.get('person', personId)?.roles ?? [],
  }), [personId]);
  const groups = useMemo(() => (data ? groupNetworks(data.networks, data.mine, query, (kind) => t(KIND_LABEL[kind])) : null), [data, query]);
  if (!data || !groups) return <p class="muted">{t('loading')}</p>;
  const canGive = data.roles.includes('leader') || data.roles.includes('admin');

  const card = ({ network, mine }: NetworkItem) => (
    <li key={network.id} class="card stack stack--tight" data-network-id={network.id}>
      <Link to="/netvaerk/$id" params={{ id: network.id }} className="target-link"><strong>{network.name}</strong></Link>
      <div class="row">
        <span class="badge">{t(KIND_LABEL[network.kind])}</span>
        {mine?.status === 'pending' && <span class="badge">{t('networkRequested')}</span>}
        {mine?.status === 'active' && <span class="badge">{t(mine.role === 'coordinator' ? 'networkCoordinatorBadge' : 'networkMemberBadge')}</span>}
        {(data.requests.get(network.id) ?? 0) > 0 && (
          <span class="badge badge--pending" data-testid="requests-count">{t.count('networkRequestsWaiting', data.requests.get(network.id) ?? 0)}</span>
        )}
        {mine && runtime.store.isPending('membership', mine.id) && <PendingBadge />}
      </div>
    </li>
  );

  return (
    <div class="stack">
      <h1>{t('networksTitle')}</h1>
      {canGive && (
        <div class="row">
          <button type="button" class="button button--quiet" aria-expanded={creating} onClick={() => setCreating(!creating)}>{t('networkCreate')}</button>
          <Link to="/netvaerk/opgaver" className="button button--quiet">{t('tasksGivenTitle')}</Link>
        </div>
      )}
      {creating && <CreateNetworkForm onDone={() => setCreating(false)} />}
      <label class="field">
        <span>{t('networksSearch')}</span>
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <section class="stack" aria-labelledby="networks-mine">
        <h2 id="networks-mine">{t('networksMine')}</h2>
        {groups.mine.length === 0
          ? (neverSynced ? <NotYetSynced /> : <p class="muted">{query ? t('networksNone') : t('networksMineNone')}</p>)
          : <ul class="plain-list stack">{groups.mine.map(card)}</ul>}
      </section>
      <section class="stack" aria-labelledby="networks-all">
        <h2 id="networks-all">{t('networksAll')}</h2>
        {groups.byKind.length === 0 && (neverSynced ? <NotYetSynced /> : <p class="muted">{t('networksNone')}</p>)}
        {groups.byKind.map((group) => (
          <div key={group.kind} class="stack stack--tight">
            <h3>{t(KIND_LABEL[group.kind])}</h3>
            <ul class="plain-list stack">{group.items.map(card)}</ul>
          </div>
        ))}
      </section>
    </div>
  );
}
