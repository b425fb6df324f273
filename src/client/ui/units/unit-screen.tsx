// A unit's page (issue 11): its members and how many registered competences, its core
// knowledge, the gap now and in five years with the single points of failure, what can
// close each gap, the strategy and the learning profile. Computed on the phone from
// pulled rows, so it works offline and updates the moment the leader changes a need.
import '../../../shared/i18n/sections/units';
import './units.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Link, useParams } from '@tanstack/react-router';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { getUnitPage } from '../../units/unit-page-data';
import { CoreKnowledgeList } from './core-knowledge-list';
import { GapSection } from './gap-section';
import { GapSuggestions } from './gap-suggestions';
import { StrategyNote } from './strategy-note';
import { LearningProfile } from './learning-profile';
import { UnitPulseCard } from './unit-pulse-card';

export function UnitScreen() {
  const t = useT();
  const runtime = useRuntime();
  const personId = runtime.personId ?? '';
  const id = useParams({ from: '/enheder/$id', shouldThrow: false, select: (params?: { id: string }) => params?.id }) ?? '';
  const started = useRef(0);
  const [membersOpen, setMembersOpen] = useState(false);
  const page = useLiveQuery(() => {
    // User Timing entries: `npm run bench` (PARTS=units) reads the cost of the gap and of the render.
    const start = performance.now();
    const result = getUnitPage(runtime.store, id, personId);
    performance.measure('videnbro:unit-gap', { start, end: performance.now() });
    started.current = start;
    return result;
  }, [id, personId]);
  // The first screen (who, the gap) is drawn at once; what lies below it follows in the
  // next frame, so a leader's page of 30 competences shows without waiting for all of it.
  const [below, setBelow] = useState(false);
  useEffect(() => {
    if (!page || below) return;
    const frame = requestAnimationFrame(() => setBelow(true));
    return () => cancelAnimationFrame(frame);
  }, [page, below]);
  // User Timing: the first screen in the document (before the browser paints), then all of it.
  useLayoutEffect(() => {
    if (page) performance.measure(below ? 'videnbro:unit-complete' : 'videnbro:unit-render', { start: started.current, end: performance.now() });
  }, [page, below]);

  if (page === undefined) return <p class="muted">{t('loading')}</p>;
  if (page === null) return <p class="notice">{t('unitNotFound')}</p>;
  const { unit, area, members, registered, leaders, canSee } = page;
  const gaps = page.gap.filter((r) => r.suggestions);
  return (
    <div class="stack unit-page" data-testid="unit-page">
      <div class="stack stack--tight">
        <h1>{unit.name}</h1>
        {area && <p class="muted">{area.name}</p>}
        {leaders.length > 0 && <p>{t('unitLedBy', { names: leaders.map((l) => l.name).join(', ') })}</p>}
        <p data-testid="registered"><strong>{t.count('unitRegistered', registered, { total: members.length })}</strong></p>
      </div>
      <details class="card no-print" data-testid="members" onToggle={(e) => setMembersOpen(e.currentTarget.open)}>
        <summary>{t.count('unitShowMembers', members.length)}</summary>
        {/* Drawn when opened: a big unit's links would cost the page's first render. */}
        {membersOpen && (
          <ul class="plain-list">
            {members.map((m) => (
              <li key={m.id}><Link to="/personer/$id" params={{ id: m.id }} className="target-link">{m.name}</Link>
                <span class="muted hint"> · {m.title}</span></li>
            ))}
          </ul>
        )}
      </details>
      {!canSee && <p class="notice">{t('unitOnlyMembers')}</p>}
      {canSee && (
        <>
          <GapSection page={page} />
          <UnitPulseCard unitId={unit.id} />
          {/* On a phone each gap card holds its own "what can close it": this list is for wide screens. */}
          {below && gaps.length > 0 && (
            <section class="stack stack--tight no-print unit-close" aria-labelledby="unit-close">
              <h2 id="unit-close">{t('closeSection')}</h2>
              {gaps.map((entry) => <GapSuggestions key={entry.competenceId} entry={entry} areaId={unit.areaId} />)}
            </section>
          )}
          {below && (
            <>
              <CoreKnowledgeList page={page} />
              <StrategyNote unitId={unit.id} plan={page.plan} pending={page.planPending} canEdit={page.canEdit} />
              <LearningProfile rows={page.profile} attendanceKnown={page.attendanceKnown} />
            </>
          )}
        </>
      )}
    </div>
  );
}
