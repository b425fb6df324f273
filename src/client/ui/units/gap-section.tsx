// The gap: a summary, the chart, every number (also the chart's text alternative), the
// single-holder flags, and the CSV export and print for the leader's own meetings. The
// numbers are drawn twice and CSS shows one: a card per competence on a phone, the table
// on a wide screen and on paper (display: none, so a screen reader meets only one).
import type { GapEntry, UnitPage } from '../../units/unit-page-data';
import { gapTotals } from '../../../shared/core-knowledge/gap';
import { useT } from '../context';
import { GapChart } from './gap-chart';
import { GapCard } from './gap-card';
import { useCoreKnowledgeEditing } from './core-knowledge-editing';
import { gapCsv } from './gap-csv';
import { downloadText, fileStem } from '../events/download';
import '../../../shared/i18n/sections/units';

export function GapSection({ page }: { page: UnitPage }) {
  const t = useT();
  const editor = useCoreKnowledgeEditing(page, 'unit-gap');
  const rows = page.gap;
  const totals = gapTotals(rows);
  const risky = rows.filter((r) => r.risk !== null);
  const name = (row: GapEntry) => row.competence?.name ?? row.competenceId;
  const short = (n: number) => (n > 0 ? t('gapShortCell', { n }) : t('gapMet'));
  return (
    <section class="card stack" aria-labelledby="unit-gap" data-testid="gap">
      <h2 id="unit-gap" tabIndex={-1}>{t('gapTitle')}</h2>
      <p data-testid="gap-summary">
        {[
          t.count('unitSummaryCompetences', totals.competences),
          t('unitSummaryShort', { now: totals.shortNow, later: totals.shortIn5Years }),
          t.count('unitSummaryRisks', totals.risks),
        ].join(' · ')}
      </p>
      {risky.length > 0 && (
        <ul class="plain-list stack stack--tight" aria-label={t('gapRisk')}>
          {risky.map((row) => (
            <li key={row.competenceId} class="notice notice--warn" data-testid="risk">
              <strong>{t(row.risk === 'one' ? 'riskOne' : 'riskNone', { name: name(row).toLowerCase() })}</strong>
              <span class="hint"> – {t('riskWhy')}</span>
            </li>
          ))}
        </ul>
      )}
      <GapChart rows={rows} />
      <ul class="plain-list gap-cards" data-testid="gap-cards">
        {rows.map((row) => (
          <GapCard key={row.competenceId} entry={row} areaId={page.unit.areaId} unitId={page.unit.id} editor={page.canEdit ? editor : undefined} />
        ))}
      </ul>
      <div class="table-scroll gap-table" tabIndex={0} role="region" aria-label={t('gapTitle')}>
        <table class="unit-table" data-testid="gap-table">
          <colgroup><col /><col /></colgroup>
          <colgroup span={2} />
          <colgroup span={2} />
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>{t('gapCompetence')}</th>
              <th scope="col" rowSpan={2}>{t('gapHolders')}</th>
              <th scope="colgroup" colSpan={2}>{t('gapToday')}</th>
              <th scope="colgroup" colSpan={2}>{t('gapIn5')}</th>
            </tr>
            <tr>
              <th scope="col">{t('gapNeed')}</th>
              <th scope="col">{t('gapShort')}</th>
              <th scope="col">{t('gapNeed')}</th>
              <th scope="col">{t('gapShort')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.competenceId} data-competence={row.competenceId} class={row.pending ? 'unit-table__pending' : undefined}>
                <th scope="row">
                  {name(row)}
                  <span class="muted hint"> · {t(`level${row.level}`)}{row.risk && ' ⚠'}</span>
                </th>
                <td data-testid="holders">{row.holders}</td>
                <td>{row.needNow}</td>
                <td data-testid="short-now" class={row.shortNow > 0 ? 'unit-table__short' : undefined}>{short(row.shortNow)}</td>
                <td>{row.needIn5Years}</td>
                <td data-testid="short-later" class={row.shortIn5Years > 0 ? 'unit-table__short' : undefined}>{short(row.shortIn5Years)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="row no-print">
        <button type="button" class="button button--quiet"
          onClick={() => downloadText(`kompetencegab-${fileStem(page.unit.name)}.csv`, gapCsv(rows, t), 'text/csv;charset=utf-8')}>
          {t('gapExport')}
        </button>
        <button type="button" class="button button--quiet" onClick={() => window.print()}>{t('gapPrint')}</button>
      </div>
    </section>
  );
}
