// "Det lærende møde": the unit's learnings shared with the unit or the whole municipality
// since a date (by default the unit's last meeting), grouped by competence or by DLO
// characteristic, and the same as plain text to share. Pure, over the device's rows.
import type { Learning } from '../../../shared/entities/learning';
import type { LocalStore } from '../../store/local-store';
import { newestFirst } from './learning-data';
import { byDanish } from '../../../shared/i18n/collate';

export type MeetingGrouping = 'competence' | 'dlo';

/** When no meeting is recorded: the last 30 days. */
export const DEFAULT_DAYS_BACK = 30;

/** The first moment to include: the date asked for, else the last meeting, else 30 days back. */
export function meetingSince(asked: string | null, lastMeetingAt: string | null | undefined, now: Date): string {
  if (asked) {
    const [y, m, d] = asked.split('-').map(Number);
    return new Date(y!, m! - 1, d!).toISOString();
  }
  return lastMeetingAt ?? new Date(now.getTime() - DEFAULT_DAYS_BACK * 86_400_000).toISOString();
}

/** The unit's learnings for its meeting: by its people, shared with the unit or everyone, since `since`. */
export function meetingLearnings(store: LocalStore, unitId: string, since: string): Learning[] {
  return store.all('learning')
    .filter((l) => (l.visibility === 'unit' || l.visibility === 'organization') && l.createdAt >= since
      && store.get('person', l.authorId)?.unitId === unitId)
    .sort(newestFirst);
}

export interface MeetingGroup {
  /** A competence id or a DLO number as text; '' holds those without any. */
  key: string;
  name: string;
  learnings: Learning[];
}

/**
 * Groups in name order (DLO in the plan's order), the group without a tag last. A learning
 * tagged with two competences is in both groups: each is presented where it belongs.
 */
export function groupLearnings(learnings: readonly Learning[], by: MeetingGrouping, nameOf: (key: string) => string, noneName: string): MeetingGroup[] {
  const groups = new Map<string, Learning[]>();
  for (const learning of learnings) {
    const keys = by === 'competence' ? learning.competenceIds : learning.dlo.map(String);
    for (const key of keys.length > 0 ? keys : ['']) groups.set(key, [...(groups.get(key) ?? []), learning]);
  }
  return [...groups].map(([key, list]) => ({ key, name: key ? nameOf(key) : noneName, learnings: list }))
    .sort((a, b) => Number(a.key === '') - Number(b.key === '')
      || (by === 'dlo' ? Number(a.key) - Number(b.key) : byDanish(a.name, b.name)));
}

export interface MeetingTextWords {
  heading: string;
  since: string;
  use: string;
  authorOf(learning: Learning): string;
  dateOf(learning: Learning): string;
}

/** The meeting's learnings as plain text (Web Share, the clipboard): readable in any mail or chat. */
export function meetingText(groups: readonly MeetingGroup[], words: MeetingTextWords): string {
  const lines = [words.heading, words.since, ''];
  for (const group of groups) {
    lines.push(group.name.toUpperCase(), '');
    for (const learning of group.learnings) {
      lines.push(`• ${learning.title} (${words.authorOf(learning)}, ${words.dateOf(learning)})`);
      if (learning.body) lines.push(learning.body);
      if (learning.application) lines.push(`${words.use}: ${learning.application}`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
