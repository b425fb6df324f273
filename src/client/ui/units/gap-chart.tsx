// The gap as a small SVG chart: per competence, how many hold it today against the need
// today and in five years. Each series is one path (a few elements, not hundreds: the
// page must draw in a frame or two on a slow phone); every number is in the table beside
// it, which is the chart's text alternative.
import type { GapEntry } from '../../units/unit-page-data';
import { useT } from '../context';
import '../../../shared/i18n/sections/units';

const ROW = 40;
const WIDTH = 320;
const BAR = 6;

/** One path of horizontal bars, one per row, `offset` below the row's label. */
function bars(values: readonly number[], scale: (n: number) => number, offset: number): string {
  return values.map((n, i) => (n > 0 ? `M0 ${i * ROW + offset}h${scale(n).toFixed(1)}v${BAR}H0z` : '')).join('');
}

export function GapChart({ rows }: { rows: readonly GapEntry[] }) {
  const t = useT();
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.flatMap((r) => [r.holders, r.needNow, r.needIn5Years]));
  const scale = (n: number) => Math.max(2, ((WIDTH - 8) * n) / max);
  return (
    <figure class="gap-chart">
      <svg viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`} role="img" aria-labelledby="gap-chart-title gap-chart-desc" width="100%"
        preserveAspectRatio="xMinYMin meet" data-testid="gap-chart">
        <title id="gap-chart-title">{t('gapChartTitle')}</title>
        <desc id="gap-chart-desc">{t('gapChartDesc')}</desc>
        {rows.map((row, i) => (
          <text key={row.competenceId} x="0" y={i * ROW + 11} class="gap-chart__label">{row.competence?.name ?? row.competenceId}</text>
        ))}
        <path d={bars(rows.map((r) => r.holders), scale, 15)} class="gap-chart__holders" />
        <path d={bars(rows.map((r) => r.needNow), scale, 22)} class="gap-chart__now" />
        <path d={bars(rows.map((r) => r.needIn5Years), scale, 29)} class="gap-chart__later" />
      </svg>
      <figcaption class="row gap-chart__legend">
        <span><span class="swatch swatch--holders" aria-hidden="true" /> {t('gapLegendHolders')}</span>
        <span><span class="swatch swatch--now" aria-hidden="true" /> {t('gapLegendNow')}</span>
        <span><span class="swatch swatch--later" aria-hidden="true" /> {t('gapLegendLater')}</span>
      </figcaption>
    </figure>
  );
}
