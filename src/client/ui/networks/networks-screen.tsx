// "Netværk": my networks first, then every network by kind, searchable (the directory's
// Danish typo-forgiving matching). Leaders and admins create networks here and reach the
// tasks they have given. The search lives in the address and the scroll position is kept
// (components/use-kept-place.ts): "back" from a network finds the list as it was left.
import '../../../shared/i18n/sections/networks';
import { useMemo, useState } from 'preact/hooks';
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { useLang, useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listNetworksFor } from './network-data';
import { groupNetworks, KIND_LABEL, networkMatcher, type NetworkItem } from './network-list';
import { networksHref, networksPlaceKey, parseNetworksSearch } from './networks-search';
import { SearchField } from '../components/search-field';
import { useTypedQuery } from '../components/use-typed-query';
import { useKeptPlace } from '../components/use-kept-place';
import { listPlaces } from '../components/list-places';
import { CreateNetworkForm } from './create-network-form';
import { PendingBadge } from '../components/pending-badge';
import { NotYetSynced, useNeverSynced } from '../components/not-yet-synced';

export function NetworksScreen() {
  const t = useT();
  const neverSynced = useNeverSynced();
  const runtime = useRuntime();
  const personId = runtime.personId ?? '';
  const { lang } = useLang();
  const navigate = useNavigate();
  const search = parseNetworksSearch(useRouterState({ select: (s) => s.location.search as Record<string, unknown> }));
  const [query, type] = useTypedQuery(search.q, (q) => void navigate({ href: networksHref({ q }), replace: true, resetScroll: false }));
  const [creating, setCreating] = useState(false);
  const data = useLiveQuery(() => ({
    ...listNetworksFor(runtime.store, personId),
    roles: runtime.store.get('person', personId)?.roles ?? [],
  }), [personId]);
  const networks = data?.networks;
  // Made again when the networks change, not at each letter.
  const match = useMemo(() => networks && networkMatcher(networks, (kind) => t(KIND_LABEL[kind])), [networks, lang]);
  const groups = useMemo(() => (data && match ? groupNetworks(data.networks, data.mine, query, undefined, match) : null), [data, match, query]);
  const cards = groups ? groups.mine.length + groups.byKind.reduce((sum, group) => sum + group.items.length, 0) : 0;
  useKeptPlace({ places: listPlaces, attribute: 'data-place', key: networksPlaceKey(personId, { q: query }), shown: cards, listShown: cards > 0 });
  if (!data || !groups) return <p class="muted" role="status">{t('loading')}</p>;
  const canGive = data.roles.includes('leader') || data.roles.includes('admin');

  // A network of mine shows twice (Mine, and under its kind): its place on the page says which.
  const card = (list: 'mine' | 'all') => ({ network, mine }: NetworkItem) => (
    <li key={network.id} class="card stack stack--tight" data-network-id={network.id} data-place={`${list}:${network.id}`}>
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
      <SearchField label={t('networksSearch')} value={query} onInput={type} data-testid="networks-search" />
      <section class="stack" aria-labelledby="networks-mine">
        <h2 id="networks-mine">{t('networksMine')}</h2>
        {groups.mine.length === 0
          ? (neverSynced ? <NotYetSynced /> : <p class="muted">{query ? t('networksNone') : t('networksMineNone')}</p>)
          : <ul class="plain-list stack">{groups.mine.map(card('mine'))}</ul>}
      </section>
      <section class="stack" aria-labelledby="networks-all">
        <h2 id="networks-all">{t('networksAll')}</h2>
        {groups.byKind.length === 0 && (neverSynced ? <NotYetSynced /> : <p class="muted">{t('networksNone')}</p>)}
        {groups.byKind.map((group) => (
          <div key={group.kind} class="stack stack--tight">
            <h3>{t(KIND_LABEL[group.kind])}</h3>
            <ul class="plain-list stack">{group.items.map(card('all'))}</ul>
          </div>
        ))}
      </section>
    </div>
  );
}
