// What a notice on Mig adds for a unit change the server refused (a need out of range, not
// the unit's leader): the values or the strategy text as the leader wrote them, and the
// way back to the unit page to correct them. The input is never lost (issue 11).
import '../../../shared/i18n/sections/unit-links';
import { Link } from '@tanstack/react-router';
import type { Notice } from '../../store/queries';
import { useT } from '../context';

interface RefusedUnitArgs { unitId?: unknown; needNow?: unknown; needIn5Years?: unknown; strategy?: unknown }

export function UnitNoticeDetail({ notice }: { notice: Notice }) {
  const t = useT();
  if (notice.source !== 'rejected' || !['coreKnowledge.set', 'unit.setStrategy'].includes(notice.entry.name)) return null;
  const args = (notice.entry.args ?? {}) as RefusedUnitArgs;
  if (typeof args.unitId !== 'string') return null;
  return (
    <div class="stack stack--tight" data-testid="refused-unit-change">
      {notice.entry.name === 'coreKnowledge.set' && (
        <p>{t('refusedNeeds', { now: String(args.needNow), later: String(args.needIn5Years) })}</p>
      )}
      {typeof args.strategy === 'string' && <p class="long-text card">{args.strategy}</p>}
      <Link to="/enheder/$id" params={{ id: args.unitId }} className="target-link">{t('refusedOpenUnit')}</Link>
    </div>
  );
}
