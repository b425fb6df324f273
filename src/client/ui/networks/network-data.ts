// The networks section's reads over the device's rows (pending changes on top). Kept with
// its screens, not in store/queries.ts, so the first paint's JavaScript does not carry them.
import '../../../shared/i18n/sections/networks';
import type { LocalStore } from '../../store/local-store';
import { byDanish, byTime } from '../../../shared/i18n/collate';


/** Every network, with the memberships of one person (mine: active or asked for; a declined request is not mine). */
export function listNetworksFor(store: LocalStore, personId: string) {
  const mine = store.ofPerson('membership', personId).filter((m) => m.status !== 'declined');
  const coordinated = new Set(mine.filter((m) => m.status === 'active' && m.role === 'coordinator').map((m) => m.networkId));
  /** Requests waiting in the networks I coordinate. */
  const requests = new Map<string, number>();
  for (const m of store.all('membership')) {
    if (m.status === 'pending' && coordinated.has(m.networkId)) requests.set(m.networkId, (requests.get(m.networkId) ?? 0) + 1);
  }
  return { networks: store.all('network'), mine, requests };
}

/** A network's page: its members as this device knows them (members only see them), and its tasks. */
export function getNetworkPage(store: LocalStore, networkId: string, personId: string) {
  const network = store.get('network', networkId);
  if (!network) return null;
  // A declined request is its asker's alone (the server sends it to nobody else).
  const memberships = store.all('membership').filter((m) => m.networkId === networkId && (m.status !== 'declined' || m.personId === personId));
  const people = memberships
    .map((membership) => ({ membership, person: store.get('person', membership.personId), pending: store.isPending('membership', membership.id) }))
    .sort((a, b) => byDanish(a.person?.name ?? a.membership.personId, b.person?.name ?? b.membership.personId));
  const mine = people.find((p) => p.membership.personId === personId);
  const tasks = store.all('networkTask').filter((task) => task.networkId === networkId)
    .map((task) => ({ task, pending: store.isPending('networkTask', task.id), reporter: task.reportBy ? store.get('person', task.reportBy) : undefined }))
    .sort((a, b) => Number(a.task.status === 'done') - Number(b.task.status === 'done') || byTime(a.task.due ?? '9999', b.task.due ?? '9999'));
  return { network, people, mine, tasks, me: store.get('person', personId) };
}

/** Tasks a person gave, still open, soonest due first, with their network. */
export function listTasksGivenBy(store: LocalStore, personId: string) {
  return store.all('networkTask').filter((task) => task.createdBy === personId && task.status === 'open')
    .map((task) => ({ task, network: store.get('network', task.networkId), pending: store.isPending('networkTask', task.id) }))
    .sort((a, b) => byTime(a.task.due ?? '9999', b.task.due ?? '9999') || byDanish(a.task.title, b.task.title));
}

/** Tasks a person gave that are solved, the newest report first, with their network and who reported. */
export function listSolvedTasksGivenBy(store: LocalStore, personId: string) {
  return store.all('networkTask').filter((task) => task.createdBy === personId && task.status === 'done')
    .map((task) => ({
      task, network: store.get('network', task.networkId), pending: store.isPending('networkTask', task.id),
      reporter: task.reportBy ? store.get('person', task.reportBy) : undefined,
    }))
    .sort((a, b) => byTime(b.task.reportAt ?? '', a.task.reportAt ?? '') || byDanish(a.task.title, b.task.title));
}
