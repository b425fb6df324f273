// One competence of the gap as a card, for a phone: the table's six columns do not fit a
// 320 px screen (its headers broke letter by letter, "Om 5 år" fell off the edge), so
// each competence's facts stand as label and number, one to a line, with its "Kun én"
// flag, what can close it, and the leader's "Ret" opening the form right here.
import type { GapEntry } from '../../units/unit-page-data';
import { useT } from '../context';
import { PendingBadge } from '../components/pending-badge';
import { GapSuggestions } from './gap-suggestions';
import { EditInPlace, type CoreKnowledgeEditing } from './core-knowledge-editing';
import '../../../shared/i18n/sections/units';

interface Props {
  entry: GapEntry;
  areaId: string | undefined;
  unitId: string;
  /** The leader's editor; absent for everyone else. */
  editor?: CoreKnowledgeEditing;
}

export function GapCard({ entry, areaId, unitId, editor }: Props) {
  const t = useT();
  const name = entry.competence?.name ?? entry.competenceId;
  const short = (n: number) => (n > 0 ? t('gapShortCell', { n }) : t('gapMet'));
  const fact = (label: string, value: string | number, testId: string, isShort = false) => (
    <div class={isShort ? 'gap-card__fact gap-card__fact--short' : 'gap-card__fact'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <li class={entry.pending ? 'gap-card gap-card--pending' : 'gap-card'} data-testid="gap-card" data-competence={entry.competenceId}>
      <div class="row row--spread">
        <h3 class="gap-card__name">{name}</h3>
        {entry.pending && <PendingBadge />}
      </div>
      <p class="muted hint" data-testid="level">{t('gapCardLevel', { level: t(`level${entry.level}`) })}</p>
      {entry.risk && (
        <p class="gap-card__risk" data-testid="card-risk">{t(entry.risk === 'one' ? 'riskOneShort' : 'riskNoneShort')}</p>
      )}
      <dl class="gap-card__facts">
        {fact(t('gapLegendHolders'), entry.holders, 'holders')}
        {fact(t('gapNeedNow'), entry.needNow, 'need-now')}
        {fact(t('gapCardShortNow'), short(entry.shortNow), 'short-now', entry.shortNow > 0)}
        {fact(t('gapNeedIn5'), entry.needIn5Years, 'need-later')}
        {fact(t('gapCardShortIn5'), short(entry.shortIn5Years), 'short-later', entry.shortIn5Years > 0)}
      </dl>
      {entry.note && <p class="hint long-text">{entry.note}</p>}
      <GapSuggestions entry={entry} areaId={areaId} inCard />
      {editor && <EditInPlace entry={entry} editor={editor} unitId={unitId} />}
    </li>
  );
}
