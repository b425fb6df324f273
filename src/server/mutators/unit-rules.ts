// Who may change a unit's core knowledge and plan: its own leader (a person with the
// role "leader" whose unit it is) and administrators (domain.md: the unit leader maps
// the unit's core knowledge). Shared by the coreKnowledge.* and unit.* mutators.
import type { MutationContext } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { hasRole, type Viewer } from '../rules/viewer';
import { findUnit } from '../db/core-knowledge';

export function leadsUnit(viewer: Viewer, unitId: string): boolean {
  return hasRole(viewer, 'admin') || (hasRole(viewer, 'leader') && viewer.unitId === unitId);
}

export async function requireUnitLeader(ctx: MutationContext, unitId: string): Promise<void> {
  if (!(await findUnit(ctx.tx, unitId))) throw new MutationRefusal('unit_not_found');
  if (!leadsUnit(ctx.viewer, unitId)) throw new MutationRefusal('not_unit_leader');
}
