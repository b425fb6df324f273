// The gap table as a CSV for the leader's own meetings, for Danish Excel: written by the
// shared CSV writer (src/shared/csv.ts), one row per needed competence.
import { buildCsv } from '../../../shared/csv';
import type { GapEntry } from '../../units/unit-page-data';
import type { MessageKey } from '../../../shared/i18n/messages';
import '../../../shared/i18n/sections/units';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function gapCsv(rows: readonly GapEntry[], t: Translate): string {
  return buildCsv(
    [t('gapCompetence'), t('gapLevel'), t('gapHolders'), ...[1, 2, 3].map((n) => `${t('gapLevel')} ${n}`), t('gapNeedNow'), t('gapShortNow'),
      t('gapNeedIn5'), t('gapShortIn5'), t('gapRisk'), t('csvNote')],
    rows.map((row) => [
      row.competence?.name ?? row.competenceId, row.level, row.holders, ...row.byLevel, row.needNow, row.shortNow,
      row.needIn5Years, row.shortIn5Years, row.risk ? t('gapCsvYes') : t('gapCsvNo'), row.note,
    ]),
  );
}
