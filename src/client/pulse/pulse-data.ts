// The pulse checks a unit's people are asked (issue 24): those of the unit, of its area and
// of the whole municipality, newest first; and a pulse's results for the scopes the viewer
// belongs to, side by side. Read from pulled rows, offline.
import type { Pulse, PulseResult, PulseScopeKind } from '../../shared/entities';
import { pulseIsOpen, pulseResultId } from '../../shared/entities';
import type { LocalStore } from '../store/local-store';

export type PulseState = 'upcoming' | 'open' | 'closed';

export function pulseState(pulse: Pulse, now: string): PulseState {
  if (pulseIsOpen(pulse, now)) return 'open';
  return now < pulse.opensAt && pulse.closedAt === null ? 'upcoming' : 'closed';
}

/** When the pulse stopped or stops taking answers. */
export const pulseEnd = (pulse: Pulse): string => pulse.closedAt ?? pulse.closesAt;

/** The scopes a member of `unitId` belongs to, the narrowest first. */
export function scopesOf(store: LocalStore, unitId: string): { kind: PulseScopeKind; id: string | null }[] {
  const areaId = store.get('unit', unitId)?.areaId ?? null;
  return [
    { kind: 'unit', id: unitId },
    ...(areaId ? [{ kind: 'area' as const, id: areaId }] : []),
    { kind: 'municipality', id: null },
  ];
}

/** Pulse checks for the people of `unitId`, open ones first, then by opening time, newest first. */
export function pulsesForUnit(store: LocalStore, unitId: string, now: string): Pulse[] {
  const scopes = scopesOf(store, unitId);
  const rank = (pulse: Pulse) => (pulseState(pulse, now) === 'open' ? 0 : 1);
  return store.all('pulse')
    .filter((pulse) => scopes.some((scope) => scope.kind === pulse.scopeKind && scope.id === (pulse.scopeId ?? null)))
    .sort((a, b) => rank(a) - rank(b) || (a.opensAt < b.opensAt ? 1 : a.opensAt > b.opensAt ? -1 : 0));
}

/** The pulse's results for each scope the member of `unitId` belongs to that it covers (narrowest first). */
export function pulseResultsFor(store: LocalStore, pulse: Pulse, unitId: string | null): PulseResult[] {
  const scopes = unitId ? scopesOf(store, unitId) : [{ kind: 'municipality' as const, id: null }];
  return scopes
    .map((scope) => store.get('pulseResult', pulseResultId(pulse.id, scope.kind, scope.id)))
    .filter((result): result is PulseResult => result !== undefined);
}
