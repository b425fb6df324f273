// pulse.open and pulse.close (issue 24): a leader opens a pulse check for their own unit,
// an admin for an area or the whole municipality; never for fewer than RESULT_THRESHOLD
// people (their answers could not stay anonymous). Its opener or an admin may end it early.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { hasRole } from '../rules/viewer';
import { leadsUnit } from './unit-rules';
import { closePulse, findPulse, insertPulse, peopleByUnit, scopeExists } from '../db/pulses';
import { PULSE_QUESTIONS, RESULT_THRESHOLD } from '../../shared/pulse/questions';

export const pulseOpen: Mutator<'pulse.open'> = async (ctx, args) => {
  const { tx, viewer, now } = ctx;
  const earlier = await findPulse(tx, args.id);
  if (earlier) {
    if (earlier.opened_by !== viewer.personId) throw new MutationRefusal('not_allowed');
    return; // sent again: it is open already
  }
  const scopeId = args.scopeKind === 'municipality' ? null : (args.scopeId ?? null);
  if ((args.scopeKind === 'municipality') !== (args.scopeId === undefined || args.scopeId === null)) throw new MutationRefusal('pulse_scope_invalid');
  if (scopeId !== null && !(await scopeExists(tx, args.scopeKind as 'unit' | 'area', scopeId))) throw new MutationRefusal('pulse_scope_invalid');
  const allowed = args.scopeKind === 'unit' ? leadsUnit(viewer, scopeId!) : hasRole(viewer, 'admin');
  if (!allowed) throw new MutationRefusal('not_allowed');
  if (args.closesAt <= args.opensAt || args.closesAt <= now) throw new MutationRefusal('pulse_times_invalid');
  const people = (await peopleByUnit(tx, args.scopeKind, scopeId)).reduce((sum, unit) => sum + unit.people, 0);
  if (people < RESULT_THRESHOLD) throw new MutationRefusal('pulse_scope_too_small');
  const questions = args.questions ? [...args.questions].sort((a, b) => a - b) : [...PULSE_QUESTIONS];
  await insertPulse(tx, {
    id: args.id, version: await ctx.nextVersion(), deleted: 0, title: args.title, scope_kind: args.scopeKind, scope_id: scopeId,
    opens_at: args.opensAt, closes_at: args.closesAt, closed_at: null, questions: JSON.stringify(questions),
    opened_by: viewer.personId, created_at: now,
  });
};

export const pulseClose: Mutator<'pulse.close'> = async (ctx, args) => {
  const pulse = await findPulse(ctx.tx, args.id);
  if (!pulse) throw new MutationRefusal('pulse_not_found');
  if (pulse.opened_by !== ctx.viewer.personId && !hasRole(ctx.viewer, 'admin')) throw new MutationRefusal('not_allowed');
  if (pulse.closed_at !== null || pulse.closes_at <= ctx.now) return; // over already
  await closePulse(ctx.tx, args.id, ctx.now, await ctx.nextVersion());
};
