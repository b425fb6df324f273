// The pulse check (temperaturmåling, issue 24) as it travels: the pulse a leader or an admin
// opened for a unit, an area or the whole municipality, and its results per scope
// (shared/pulse/results.ts) — never an answer, never who answered.
import * as v from 'valibot';
import { StoredTime } from './common';

export const PULSE_SCOPE_KINDS = ['unit', 'area', 'municipality'] as const;
export const PulseScopeKindSchema = v.picklist(PULSE_SCOPE_KINDS);
export type PulseScopeKind = v.InferOutput<typeof PulseScopeKindSchema>;

export const PulseSchema = v.object({
  id: v.string(),
  title: v.string(),
  scopeKind: PulseScopeKindSchema,
  /** The unit's or the area's id; null for the municipality. */
  scopeId: v.nullable(v.string()),
  opensAt: StoredTime,
  closesAt: StoredTime,
  /** Ended early (pulse.close); null while it runs to closesAt. */
  closedAt: v.nullable(StoredTime),
  /** The characteristics asked about (1–11), in order. */
  questions: v.array(v.number()),
  openedBy: v.string(),
  createdAt: StoredTime,
});
export type Pulse = v.InferOutput<typeof PulseSchema>;

export const PulseItemResultSchema = v.object({
  dlo: v.number(),
  mean: v.nullable(v.number()),
  counts: v.array(v.number()),
  dontKnow: v.number(),
  dontKnowShare: v.number(),
});

/** One scope's results of a pulse: figures only from RESULT_THRESHOLD answers (`shown`). */
export const PulseResultSchema = v.object({
  id: v.string(),
  pulseId: v.string(),
  scopeKind: PulseScopeKindSchema,
  scopeId: v.nullable(v.string()),
  people: v.number(),
  answered: v.number(),
  responseRate: v.number(),
  shown: v.boolean(),
  base: v.number(),
  items: v.nullable(v.array(PulseItemResultSchema)),
  texts: v.nullable(v.array(v.string())),
  textCount: v.number(),
});
export type PulseResult = v.InferOutput<typeof PulseResultSchema>;

export function pulseResultId(pulseId: string, scopeKind: PulseScopeKind, scopeId: string | null): string {
  return `${pulseId}:${scopeKind}:${scopeId ?? ''}`;
}

/** Whether a pulse takes answers at `now` (ISO): opened, not yet closed, not ended early. */
export function pulseIsOpen(pulse: Pick<Pulse, 'opensAt' | 'closesAt' | 'closedAt'>, now: string): boolean {
  return pulse.opensAt <= now && now < pulse.closesAt && pulse.closedAt === null;
}
