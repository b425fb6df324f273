// "Det lærende møde": the unit's learnings shared with the unit or everyone since the last
// meeting (or 30 days, or a date chosen), grouped by competence or DLO with the untagged
// last, and as plain text; and "Flet begge" of two versions, each part once.
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { setMeta } from '../../src/client/store/meta';
import { groupLearnings, meetingLearnings, meetingSince, meetingText } from '../../src/client/ui/learning/meeting-data';
import { mergeTexts } from '../../src/client/ui/learning/conflict-view';
import type { Learning, Person } from '../../src/shared/entities';

const learning = (id: string, fields: Partial<Learning> = {}): Learning => ({
  id, authorId: 'p-anna', authorName: '', title: id, body: `Om ${id}`, application: '', sourceKind: 'course', seminarId: null,
  competenceIds: [], dlo: [], visibility: 'unit', conflicts: [], createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z', version: 1, ...fields,
});
const person = (id: string, unitId: string): Person => ({
  id, name: id === 'p-anna' ? 'Anna Mikkelsen' : id, email: `${id}@x.dk`, title: '', phone: null, phoneHidden: true, bio: '', unitId, roles: ['employee'], knowledgeSharer: false,
});

describe('the date the meeting looks back to', () => {
  const now = new Date('2026-12-03T10:00:00.000Z');
  it('is the date chosen, else the last meeting, else 30 days back', () => {
    expect(meetingSince('2026-11-15', '2026-11-01T12:00:00.000Z', now)).toBe(new Date(2026, 10, 15).toISOString());
    expect(meetingSince(null, '2026-11-01T12:00:00.000Z', now)).toBe('2026-11-01T12:00:00.000Z');
    expect(meetingSince(null, null, now)).toBe('2026-11-03T10:00:00.000Z');
  });
});

describe('the unit\'s learnings', () => {
  it('by people of the unit, shared with the unit or everyone, since the date, newest first', async () => {
    const store = await LocalStore.open(`meeting-${crypto.randomUUID()}`);
    await setMeta(store.idb, 'personId', 'p-lis');
    const rows = [
      learning('unit-new', { createdAt: '2026-11-25T10:00:00.000Z' }),
      learning('all-old', { visibility: 'organization', createdAt: '2026-11-10T10:00:00.000Z' }),
      learning('all', { visibility: 'organization', createdAt: '2026-11-22T10:00:00.000Z' }),
      learning('private', { visibility: 'private' }),
      learning('network', { visibility: { network: 'n-demens' } }),
      learning('other-unit', { authorId: 'p-bo' }),
    ];
    await applyPullPage(store, {
      cursor: 'v1.1', more: false, reset: false, lastMutationId: 0,
      changes: [
        { type: 'person', op: 'put', id: 'p-anna', value: person('p-anna', 'u-nord') },
        { type: 'person', op: 'put', id: 'p-bo', value: person('p-bo', 'u-hr') },
        ...rows.map((value) => ({ type: 'learning' as const, op: 'put' as const, id: value.id, value })),
      ],
    }, '2026-12-03T10:00:00.000Z');
    expect(meetingLearnings(store, 'u-nord', '2026-11-15T00:00:00.000Z').map((l) => l.id)).toEqual(['unit-new', 'all']);
    store.close();
  });
});

describe('grouping and the text to share', () => {
  const rows = [
    learning('a', { competenceIds: ['demens', 'musik'], dlo: [10] }),
    learning('b', { competenceIds: ['demens'], dlo: [5, 10], application: 'Vi prøver det i januar.' }),
    learning('c'),
  ];
  const names: Record<string, string> = { demens: 'Demens', musik: 'Musik og sang' };

  it('puts a learning in each of its groups, by name (DLO in the plan\'s order), the untagged last', () => {
    const byCompetence = groupLearnings(rows, 'competence', (key) => names[key]!, 'Uden kompetence');
    expect(byCompetence.map((g) => [g.name, g.learnings.map((l) => l.id)])).toEqual([
      ['Demens', ['a', 'b']], ['Musik og sang', ['a']], ['Uden kompetence', ['c']],
    ]);
    const byDlo = groupLearnings(rows, 'dlo', (key) => `DLO ${key}`, 'Uden kendetegn');
    expect(byDlo.map((g) => g.key)).toEqual(['5', '10', '']);
  });

  it('writes plain text: heading, the date, each group with its learnings, who and when, and the use', () => {
    const groups = groupLearnings(rows.slice(1), 'competence', (key) => names[key]!, 'Uden kompetence');
    const text = meetingText(groups, {
      heading: 'Det lærende møde – Hjemmeplejen Nord', since: 'Læring siden 1. nov.', use: 'Sådan kan vi bruge det',
      authorOf: () => 'Anna Mikkelsen', dateOf: () => '20. nov.',
    });
    expect(text).toBe([
      'Det lærende møde – Hjemmeplejen Nord', 'Læring siden 1. nov.', '',
      'DEMENS', '', '• b (Anna Mikkelsen, 20. nov.)', 'Om b', 'Sådan kan vi bruge det: Vi prøver det i januar.', '',
      'UDEN KOMPETENCE', '', '• c (Anna Mikkelsen, 20. nov.)', 'Om c',
    ].join('\n') + '\n');
  });
});

describe('merging two versions', () => {
  it('keeps each part once: a part both have, or only one has, is not doubled', () => {
    expect(mergeTexts({ title: 'Musik', body: 'Fra toget.', application: '' }, { title: 'Musik', body: 'Fra pc\'en.', application: 'Playliste.' }))
      .toEqual({ title: 'Musik', body: 'Fra toget.\n\nFra pc\'en.', application: 'Playliste.' });
    expect(mergeTexts({ title: 'A', body: 'x', application: 'y' }, { title: 'B', body: 'x ', application: '' }))
      .toEqual({ title: 'A / B', body: 'x', application: 'y' });
  });
});
