// The unit page's pulse check (issue 24): every open pulse its people are asked, with the
// way to answer, and the latest closed one's results, beside the gap.
import '../../../shared/i18n/sections/pulse';
import { Link } from '@tanstack/react-router';
import { formatDay } from '../../../shared/i18n/dates';
import { useLang, useRuntime, useT } from '../context';
import { pulseEnd, pulsesForUnit, pulseState } from '../../pulse/pulse-data';

export function UnitPulseCard({ unitId }: { unitId: string }) {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const now = new Date().toISOString();
  const pulses = pulsesForUnit(runtime.store, unitId, now);
  const open = pulses.filter((pulse) => pulseState(pulse, now) === 'open');
  const lastClosed = pulses.find((pulse) => pulseState(pulse, now) === 'closed');
  const shown = [...open.map((pulse) => ({ pulse, isOpen: true })), ...(lastClosed ? [{ pulse: lastClosed, isOpen: false }] : [])];
  if (shown.length === 0) return null;
  return (
    <section class="card stack stack--tight" aria-labelledby="unit-pulse" data-testid="unit-pulse">
      <h2 id="unit-pulse">{t('pulseCardTitle')}</h2>
      <ul class="plain-list stack stack--tight">
        {shown.map(({ pulse, isOpen }) => (
          <li key={pulse.id}>
            <Link to="/maalinger/$id" params={{ id: pulse.id }} className="target-link">
              {pulse.title}: {isOpen ? t('pulseAnswerNow') : t('pulseSeeResults')}
            </Link>
            <span class="muted hint"> · {isOpen ? t('pulseOpenUntil', { date: formatDay(lang, pulse.closesAt) }) : t('pulseClosedOn', { date: formatDay(lang, pulseEnd(pulse)) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
