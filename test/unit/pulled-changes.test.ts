// How the device reads a pulled page (issue 18, part 8): each change's value is checked
// against its entity's schema and gets its id back; one that cannot be read is skipped
// with one warning naming it, and the rest of the page is applied. A stored time that
// cannot be read is the server's truth and still comes through (the card says so).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseReply } from '../../src/client/sync/reply-schemas';
import { readableChanges } from '../../src/client/sync/pulled-changes';
import { createTransport } from '../../src/client/sync/transport';
import type { EntityType, WireOf } from '../../src/shared/entities';
import { jsonReply as json, recordingFetch as recording } from '../support/recording-fetch';

afterEach(() => { vi.restoreAllMocks(); });

const put = <T extends EntityType>(type: T, id: string, value: WireOf<T>) => ({ type, op: 'put', id, value });
const seminar: WireOf<'seminar'> = {
  title: 'Demens i eget hjem', description: '', kind: 'course', startsAt: '2027-01-13T11:30:00.000Z', endsAt: '2027-01-13T14:00:00.000Z',
  location: 'Rådhuset', capacity: 20, signupDeadline: null, networkId: null, dlo: [5, 10], competenceIds: ['demens'],
  organizerId: 'p-bo', status: 'scheduled', confirmedCount: 3, waitlistCount: 0,
};
const person: WireOf<'person'> = {
  name: 'Anna Holm', email: 'anna@fjordby.example', title: 'SSH', phone: null, phoneHidden: true, bio: '', unitId: 'u1',
  roles: ['employee'], knowledgeSharer: false,
};
const learning: WireOf<'learning'> = {
  authorId: 'p-anna', authorName: 'Anna Mikkelsen', title: 'Hvad jeg lærte', body: 'Tekst', application: '', sourceKind: 'course', seminarId: null,
  competenceIds: [], dlo: [], visibility: { network: 'n1' }, conflicts: [{ title: 'A', body: 'B', application: '', at: '2027-01-01T00:00:00.000Z' }],
  createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-02T00:00:00.000Z', version: 2,
};
const page = (changes: unknown[]) => ({ cursor: 'v1.9', more: false, reset: false, lastMutationId: 4, changes });

function read(changes: unknown[]) {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  // As the transport reads a page: the envelope, then each change (in slices there).
  const envelope = parseReply('pullEnvelope', page(changes));
  const reply = envelope && { value: { ...envelope.value, changes: readableChanges(envelope.value.changes) } };
  return { reply, warnings: warn.mock.calls.map((call) => String(call[0])) };
}

describe('a pulled page on the device', () => {
  it('passes valid changes through as they are, each value with its id put back', () => {
    const changes = [
      put('seminar', 's1', seminar),
      put('seminar', 's2', { ...seminar, checkinCode: 'k0d3-for-the-organizer' }),
      put('person', 'p-anna', person),
      put('learning', 'l1', learning),
      put('unitAttendance', 'u1:s1', { unitId: 'u1', seminarId: 's1', count: 2 }),
      { type: 'signup', op: 'del', id: 's1:p-anna' },
    ];
    const { reply, warnings } = read(changes);
    expect(warnings).toEqual([]);
    expect(reply?.value).toEqual({
      ...page([]),
      changes: [
        { type: 'seminar', op: 'put', id: 's1', value: { ...seminar, id: 's1' } },
        { type: 'seminar', op: 'put', id: 's2', value: { ...seminar, checkinCode: 'k0d3-for-the-organizer', id: 's2' } },
        { type: 'person', op: 'put', id: 'p-anna', value: { ...person, id: 'p-anna' } },
        { type: 'learning', op: 'put', id: 'l1', value: { ...learning, id: 'l1' } },
        { type: 'unitAttendance', op: 'put', id: 'u1:s1', value: { unitId: 'u1', seminarId: 's1', count: 2, id: 'u1:s1' } },
        { type: 'signup', op: 'del', id: 's1:p-anna' },
      ],
    });
  });

  it('keeps a row whose stored time cannot be read: the server\'s truth, drawn as "ukendt tidspunkt"', () => {
    const { reply, warnings } = read([put('seminar', 's-odd', { ...seminar, startsAt: '2027-01-13T12:30:00+01' })]);
    expect(warnings).toEqual([]);
    expect(reply?.value.changes[0]?.value).toMatchObject({ id: 's-odd', startsAt: '2027-01-13T12:30:00+01' });
  });

  it('skips a change it cannot read with one warning naming it, and applies the rest', () => {
    const changes = [
      put('person', 'p1', person),
      { type: 'seminar', op: 'put', id: 's-bad', value: { ...seminar, capacity: '20' } },
      { type: 'seminar', op: 'put', id: 's-misspelled', value: { ...seminar, startsAt: undefined, startAt: seminar.startsAt } },
      { type: 'seminar', op: 'put', id: 's-status', value: { ...seminar, status: 'postponed' } },
      { type: 'todo', op: 'put', id: 't1', value: { title: 'x' } },
      { type: 'person', op: 'put', id: 'p-empty' },
      { type: 'person', op: 'move', id: 'p2', value: person },
      put('person', 'p3', person),
    ];
    const { reply, warnings } = read(changes);
    expect(reply?.value.changes.map((c) => c.id)).toEqual(['p1', 'p3']);
    expect(reply?.value.cursor).toBe('v1.9');
    expect(warnings).toHaveLength(6);
    expect(warnings[0]).toMatch(/^pull: skipped seminar s-bad: value\.capacity: .*number/);
    expect(warnings[1]).toMatch(/^pull: skipped seminar s-misspelled: value\.startsAt: /);
    expect(warnings[2]).toMatch(/^pull: skipped seminar s-status: value\.status: /);
    expect(warnings[3]).toMatch(/^pull: skipped todo t1: type: /);
    expect(warnings[4]).toMatch(/^pull: skipped person p-empty: value: /);
    expect(warnings[5]).toMatch(/^pull: skipped person p2: op: /);
  });

  it('drops a field its schema does not know, keeping the row: a newer server must not empty an older app', () => {
    const { reply, warnings } = read([{ type: 'person', op: 'put', id: 'p1', value: { ...person, pronouns: 'hun' } }]);
    expect(warnings).toEqual([]);
    expect(reply?.value.changes).toEqual([{ type: 'person', op: 'put', id: 'p1', value: { ...person, id: 'p1' } }]);
  });

  it('still refuses a page whose envelope is not a pull reply (a fault to retry, never data)', () => {
    const { reply } = read([]);
    expect(reply).toBeDefined();
    expect(parseReply('pullEnvelope', { cursor: 'v1.9', more: false, changes: [] })).toBeUndefined();
    expect(parseReply('pullEnvelope', { ...page([]), changes: 'none' })).toBeUndefined();
  });

  it('reaches the engine through the transport with the readable changes, and the page\'s cursor', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { fetchImpl } = recording(() => json(200, page([put('person', 'p1', person), { type: 'person', op: 'put', id: 'p2', value: { ...person, roles: 'admin' } }])));
    const result = await createTransport('', fetchImpl).pull(crypto.randomUUID(), 'v1.8', 5000);
    expect(result).toEqual({ ok: true, value: { ...page([]), changes: [{ type: 'person', op: 'put', id: 'p1', value: { ...person, id: 'p1' } }] } });
  });
});
