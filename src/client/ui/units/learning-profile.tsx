// The unit's learning profile: learnings and attendances of the last twelve months by the
// 11 characteristics of the learning organisation, as a small SVG chart and, for every
// number, a table (the chart's text alternative). The plan's focus (10, 5, 11, 9) is marked.
import type { ProfileRow } from '../../../shared/core-knowledge/learning-profile';
import { useT } from '../context';
import '../../../shared/i18n/sections/units';
import { dloLabelKey } from './dlo-label';

const ROW = 28;
const WIDTH = 320;

export function LearningProfile({ rows, attendanceKnown }: { rows: readonly ProfileRow[]; attendanceKnown: boolean }) {
  const t = useT();
  const max = Math.max(1, ...rows.flatMap((r) => [r.learnings, r.attended]));
  const scale = (n: number) => ((WIDTH - 24) * n) / max;
  const label = (dlo: number) => t(dloLabelKey(dlo));
  return (
    <section class="card stack" aria-labelledby="unit-profile" data-testid="learning-profile">
      <h2 id="unit-profile">{t('profileTitle')}</h2>
      <p class="muted hint">{t('profileIntro')}</p>
      <svg viewBox={`0 0 ${WIDTH} ${rows.length * ROW + 4}`} role="img" aria-labelledby="profile-chart-title profile-chart-desc" width="100%">
        <title id="profile-chart-title">{t('profileTitle')}</title>
        <desc id="profile-chart-desc">{t('profileChartDesc')}</desc>
        {rows.map((row, i) => (
          <g key={row.dlo} transform={`translate(0 ${i * ROW})`}>
            <text x="0" y="11" class={`gap-chart__label${row.focus ? ' gap-chart__label--focus' : ''}`}>{`${row.dlo}. ${label(row.dlo)}`}</text>
            <rect x="0" y="14" height="5" width={scale(row.learnings)} class="gap-chart__holders" />
            <rect x="0" y="20" height="5" width={scale(row.attended)} class="gap-chart__later" />
          </g>
        ))}
      </svg>
      <div class="row gap-chart__legend">
        <span><span class="swatch swatch--holders" aria-hidden="true" /> {t('profileLearnings')}</span>
        <span><span class="swatch swatch--later" aria-hidden="true" /> {t('profileAttended')}</span>
      </div>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('profileTitle')}>
        <table class="unit-table">
          <thead><tr><th scope="col">{t('profileDlo')}</th><th scope="col">{t('profileLearnings')}</th><th scope="col">{t('profileAttended')}</th></tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.dlo}>
                <th scope="row">{row.dlo}. {label(row.dlo)}{row.focus && <span class="muted"> ({t('profileFocus')})</span>}</th>
                <td>{row.learnings}</td>
                <td>{attendanceKnown ? row.attended : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!attendanceKnown && <p class="muted hint">{t('profileOwnOnly')}</p>}
    </section>
  );
}
