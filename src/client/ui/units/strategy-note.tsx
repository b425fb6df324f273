// The unit's strategy for closing its gap: the leader writes it (queued offline, shown
// pending), everyone else in the unit reads it.
import { useEffect, useState } from 'preact/hooks';
import type { UnitPlan } from '../../../shared/entities';
import { formatDay } from '../../../shared/i18n/dates';
import { useLang, useRuntime, useT } from '../context';
import { PendingBadge } from '../components/pending-badge';
import { Form } from '../components/form';
import { useFormErrors } from '../components/form-errors';
import { LongTextField } from '../components/form-fields';
import '../../../shared/i18n/sections/units';

interface Props { unitId: string; plan: UnitPlan | undefined; pending: boolean; canEdit: boolean }

export function StrategyNote({ unitId, plan, pending, canEdit }: Props) {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const saved = plan?.strategy ?? '';
  const [text, setText] = useState(saved);
  const errors = useFormErrors();
  // A pulled strategy (written on another device) replaces the field while it is unchanged here.
  useEffect(() => setText(saved), [saved]);
  return (
    <section class="card stack unit-strategy" aria-labelledby="unit-strategy">
      <div class="row row--spread">
        <h2 id="unit-strategy">{t('strategyTitle')}</h2>
        {pending && <PendingBadge />}
      </div>
      {canEdit ? (
        <Form class="stack" errors={errors} onSubmit={() => void runtime.mutate('unit.setStrategy', { unitId, strategy: text.trim() })}>
          <LongTextField label={t('strategyLabel')} rows={6} maxLength={4000} value={text} onInput={(e) => setText(e.currentTarget.value)} data-testid="strategy-input" />
          <div class="row no-print">
            <button type="submit" class="button" disabled={text.trim() === saved}>{t('strategySave')}</button>
          </div>
        </Form>
      ) : (
        <p class="long-text" data-testid="strategy-text">{saved || <span class="muted">{t('strategyEmpty')}</span>}</p>
      )}
      {canEdit && saved && <p class="long-text print-only">{saved}</p>}
      <p class="muted hint">
        {plan?.updatedAt && saved ? t('strategyUpdated', { date: formatDay(lang, plan.updatedAt) }) : ''}
        {plan?.lastLearningMeetingAt ? ` ${t('strategyMeeting', { date: formatDay(lang, plan.lastLearningMeetingAt) })}` : ''}
      </p>
    </section>
  );
}
