// The networks list, as pure functions: mine first, then all grouped by kind, narrowed by a
// search with the directory's Danish typo-forgiving matching (shared/search/list-matcher.ts),
// so "faelles" finds "fælles" and "demenz" the dementia network.
import type { Membership, Network } from '../../../shared/entities/network';
import { NETWORK_KINDS } from '../../../shared/entities/network';
import { createListMatcher } from '../../../shared/search/list-matcher';
import type { MessageKey } from '../../../shared/i18n/messages';
import '../../../shared/i18n/sections/networks';
import { byDanish } from '../../../shared/i18n/collate';

export type NetworkKind = Network['kind'];

export const KIND_LABEL: Record<NetworkKind, MessageKey> = {
  leader: 'networkKind_leader',
  knowledgeSharers: 'networkKind_knowledgeSharers',
  project: 'networkKind_project',
  professional: 'networkKind_professional',
};

export interface NetworkItem { network: Network; mine: Membership | undefined }
export interface NetworkGroups {
  /** Networks I am in, or have asked to join. */
  mine: NetworkItem[];
  /** Every network that matches, by kind in a fixed order; empty kinds left out. */
  byKind: { kind: NetworkKind; items: NetworkItem[] }[];
}

/** The ids of the networks a query matches (name, description, kind label); null for an empty query. */
export type NetworkMatcher = (query: string) => ReadonlySet<string> | null;

/** Made once per list of networks; then each search is a lookup per query word. */
export function networkMatcher(networks: readonly Network[], labelOf: (kind: NetworkKind) => string = () => ''): NetworkMatcher {
  const matcher = createListMatcher(networks.map((n) => `${n.name} ${n.description} ${labelOf(n.kind)}`));
  return (query) => {
    const found = matcher.match(query);
    return found && new Set([...found].map((at) => networks[at]!.id));
  };
}

export function groupNetworks(
  networks: readonly Network[], myMemberships: readonly Membership[], query: string,
  labelOf: (kind: NetworkKind) => string = () => '',
  match: NetworkMatcher = networkMatcher(networks, labelOf),
): NetworkGroups {
  const mineBy = new Map(myMemberships.map((m) => [m.networkId, m]));
  const found = match(query);
  const items = networks
    .filter((network) => !found || found.has(network.id))
    .sort((a, b) => byDanish(a.name, b.name))
    .map((network) => ({ network, mine: mineBy.get(network.id) }));
  return {
    mine: items.filter((item) => item.mine),
    byKind: NETWORK_KINDS
      .map((kind) => ({ kind, items: items.filter((item) => item.network.kind === kind) }))
      .filter((group) => group.items.length > 0),
  };
}

/** Today as YYYY-MM-DD in local time: a task is overdue the day after its due date. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isOverdue(task: { due: string | null; status: 'open' | 'done' }, todayIso = today()): boolean {
  return task.status === 'open' && task.due !== null && task.due < todayIso;
}
