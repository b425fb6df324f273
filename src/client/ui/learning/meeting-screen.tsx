// "Det lærende møde" (/laering/moede): what the unit learned since its last meeting (or a
// date chosen), grouped by competence or DLO characteristic, as a clean page that prints
// on A4 and as plain text to share (Web Share where the phone has it, else the clipboard).
// The unit's leader marks the meeting as held: that becomes the next default date.
import '../../../shared/i18n/sections/learning';
import './learning.css';
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { useMemo, useState } from 'preact/hooks';
import { formatDay } from '../../../shared/i18n/dates';
import { useLang, useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { useSnackbar } from '../shell/snackbar';
import { PendingBadge } from '../components/pending-badge';
import { DateField, LongTextField, SelectField } from '../components/form-fields';
import { countWords, dloKey, sourceKey } from './learning-words';
import { groupLearnings, meetingLearnings, meetingSince, meetingText, type MeetingGrouping } from './meeting-data';
import type { Learning } from '../../../shared/entities';

/** A moment as the date input shows it, on this device's calendar. */
const dateInput = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function MeetingScreen() {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const snackbar = useSnackbar();
  const raw = useRouterState({ select: (s) => s.location.search as Record<string, unknown> });
  const asked = typeof raw.fra === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.fra) ? raw.fra : null;
  const by: MeetingGrouping = raw.efter === 'dlo' ? 'dlo' : 'competence';
  const [copyFailed, setCopyFailed] = useState<string | null>(null);
  const personId = runtime.personId ?? '';

  const data = useLiveQuery(() => {
    const me = runtime.store.get('person', personId);
    const unit = me ? runtime.store.get('unit', me.unitId) : undefined;
    if (!me || !unit) return null;
    const plan = runtime.store.get('unitPlan', unit.id);
    const since = meetingSince(asked, plan?.lastLearningMeetingAt, new Date());
    return {
      me, unit, plan, since, learnings: meetingLearnings(runtime.store, unit.id, since),
      planPending: runtime.store.isPending('unitPlan', unit.id),
    };
  }, [personId, asked]);

  const groups = useMemo(() => data && groupLearnings(
    data.learnings, by,
    (key) => (by === 'dlo' ? `${key}. ${t(dloKey(Number(key)))}` : runtime.store.get('competence', key)?.name ?? key),
    t(by === 'dlo' ? 'learnMeetingNoDlo' : 'learnMeetingNoCompetence'),
  ), [data, by, lang]);

  if (data === undefined) return <p class="muted">{t('loading')}</p>;
  if (data === null || !groups) return <p class="notice">{t('learnMeetingNoUnitYet')}</p>;
  const { me, unit, plan, since, learnings } = data;
  const leader = me.roles.includes('leader');
  // The author's name as the learning keeps it once the author has left (their row gone).
  const authorOf = (l: Learning) => runtime.store.get('person', l.authorId)?.name ?? l.authorName;
  const set = (change: { fra?: string | null; efter?: MeetingGrouping }) => {
    const params = new URLSearchParams();
    const fra = change.fra === undefined ? asked : change.fra;
    const efter = change.efter ?? by;
    if (fra) params.set('fra', fra);
    if (efter !== 'competence') params.set('efter', efter);
    const query = params.toString();
    void navigate({ href: query ? `/laering/moede?${query}` : '/laering/moede', replace: true });
  };

  const text = () => meetingText(groups, {
    heading: t('learnMeetingHeading', { unit: unit.name }),
    since: t('learnMeetingTextSince', { date: formatDay(lang, since) }),
    use: t('learnMeetingTextUse'),
    authorOf,
    dateOf: (l) => formatDay(lang, l.createdAt),
  });

  async function share() {
    const body = text();
    setCopyFailed(null);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: t('learnMeetingHeading', { unit: unit.name }), text: body });
        return;
      } catch (error) {
        if ((error as Error).name === 'AbortError') return; // the person closed the share sheet
      }
    }
    try {
      await navigator.clipboard.writeText(body);
      snackbar({ text: t('learnMeetingCopied') });
    } catch {
      setCopyFailed(body);
    }
  }

  async function markHeld() {
    await runtime.mutate('unit.markLearningMeeting', { unitId: unit.id, heldAt: new Date().toISOString() });
    set({ fra: null });
    snackbar({ text: t('learnMeetingMarked') });
  }

  return (
    <div class="stack meeting" data-testid="meeting">
      <h1>{t('learnMeetingHeading', { unit: unit.name })}</h1>
      <div class="stack meeting-tools">
        <p>{t('learnMeetingIntro')}</p>
        <p class="muted" data-testid="last-meeting">
          {plan?.lastLearningMeetingAt ? t('learnMeetingLast', { date: formatDay(lang, plan.lastLearningMeetingAt) }) : t('learnMeetingNoLast')}
          {data.planPending && <> <PendingBadge /></>}
        </p>
        <div class="row">
          <DateField label={t('learnMeetingSince')} value={dateInput(since)} max={dateInput(new Date().toISOString())}
            onChange={(event) => set({ fra: event.currentTarget.value || null })} />
          <SelectField label={t('learnMeetingGroupBy')} value={by} onChange={(event) => set({ efter: event.currentTarget.value as MeetingGrouping })}>
            <option value="competence">{t('learnGroup_competence')}</option>
            <option value="dlo">{t('learnGroup_dlo')}</option>
          </SelectField>
        </div>
        <div class="row">
          <button type="button" class="button button--quiet" onClick={() => window.print()}>{t('learnMeetingPrint')}</button>
          <button type="button" class="button button--quiet" onClick={() => void share()}>
            {t(typeof navigator.share === 'function' ? 'learnMeetingShare' : 'learnMeetingCopy')}
          </button>
          {leader && <button type="button" class="button" onClick={() => void markHeld()}>{t('learnMeetingMark')}</button>}
        </div>
        {copyFailed && (
          <LongTextField label={<span class="notice notice--error" role="alert">{t('learnCopyFailed')}</span>}
            readOnly rows={8} value={copyFailed} inputRef={(el) => el?.select()} />
        )}
      </div>

      <p class="muted" role="status" data-testid="meeting-count">
        {learnings.length === 0 ? t('learnMeetingNone') : `${countWords(lang, 'learnCount', learnings.length)} · ${t('learnMeetingTextSince', { date: formatDay(lang, since) })}`}
      </p>
      {groups.map((group) => (
        <section key={group.key} class="stack meeting-group" aria-labelledby={`group-${group.key || 'none'}`}>
          <h2 id={`group-${group.key || 'none'}`}>{group.name}</h2>
          <ul class="plain-list stack">
            {group.learnings.map((learning) => (
              <li key={learning.id} class="stack stack--tight meeting-item" data-learning-id={learning.id}>
                <h3><Link to="/laering/$id" params={{ id: learning.id }} className="target-link">{learning.title}</Link></h3>
                <p class="muted">{[authorOf(learning), t(sourceKey(learning.sourceKind)), formatDay(lang, learning.createdAt)].filter(Boolean).join(' · ')}</p>
                {learning.body && <p class="long-text">{learning.body}</p>}
                {learning.application && <p class="long-text"><strong>{t('learnMeetingTextUse')}:</strong> {learning.application}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
