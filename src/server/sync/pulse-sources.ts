// Pull sources of pulse checks (issue 24): the pulses a person is asked (or, for an admin,
// every one), and the results rows of the scopes they belong to — their unit's, their
// area's, the municipality's — chosen in the query (db/pulses.ts). Never an answer.
import type { PullSource } from './pull-sources';
import { changedPulseResults, changedPulses, type PulseResultRow, type PulseRow } from '../db/pulses';
import { parseJsonList, parseJsonObject } from '../db/json';
import type { WireOf } from '../../shared/entities';

export function pulseValue(r: PulseRow): WireOf<'pulse'> {
  return {
    title: r.title, scopeKind: r.scope_kind, scopeId: r.scope_id, opensAt: r.opens_at, closesAt: r.closes_at,
    closedAt: r.closed_at, questions: parseJsonList<number>(r.questions), openedBy: r.opened_by, createdAt: r.created_at,
  };
}

export function pulseResultValue(r: PulseResultRow): WireOf<'pulseResult'> {
  const figures = parseJsonObject(r.figures) as Omit<WireOf<'pulseResult'>, 'pulseId' | 'scopeKind' | 'scopeId'>;
  return {
    pulseId: r.pulse_id, scopeKind: r.scope_kind, scopeId: r.scope_id,
    people: figures.people, answered: figures.answered, responseRate: figures.responseRate, shown: figures.shown,
    base: figures.base, items: figures.items, texts: figures.texts, textCount: figures.textCount ?? 0,
  };
}

export const pulseSource: PullSource<PulseRow, 'pulse'> = { type: 'pulse', fetch: changedPulses, toValue: pulseValue };
export const pulseResultSource: PullSource<PulseResultRow, 'pulseResult'> = { type: 'pulseResult', fetch: changedPulseResults, toValue: pulseResultValue };
