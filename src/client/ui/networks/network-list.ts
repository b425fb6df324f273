// The networks list, as pure functions: mine first, then all grouped by kind, narrowed by a
// search folded the Danish way (src/shared/search/fold.ts), so "faelles" finds "fælles".
import type { Membership, Network } from '../../../shared/entities/network';
import { NETWORK_KINDS } from '../../../shared/entities/network';
import { matchesPrefixes } from '../../../shared/search/fold';
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

/** True when every word of the query starts a word of the name, description or kind label. */
export function networkMatches(network: Network, query: string, kindLabel = ''): boolean {
  if (!query.trim()) return true;
  return matchesPrefixes(`${network.name} ${network.description} ${kindLabel}`, query);
}

export function groupNetworks(
  networks: readonly Network[], myMemberships: readonly Membership[], query: string,
  labelOf: (kind: NetworkKind) => string = () => '',
): NetworkGroups {
  const mineBy = new Map(myMemberships.map((m) => [m.networkId, m]));
  const items = networks
    .filter((network) => networkMatches(network, query, labelOf(network.kind)))
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
