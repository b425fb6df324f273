// The property test's counterexamples (scope-property.test.ts), shrunk and kept, over the
// real HTTP API on SQLite and PostgreSQL: each was a device that pulled incrementally and
// ended up holding something other than a fresh device of the same person, or a reply that
// carried a row twice.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects';
import { heldKey } from '../support/held-rows';
import { useScopeFixture } from '../support/scope-fixture';
import { movePersonToUnit } from '../../src/server/db/learnings';

describe.each(DIALECTS)('scope change counterexamples on %s', (dialect) => {
  const { db, ids, take, spare, claim, holding, networkOf, applied, expectSameAsFresh, seminarArgs, learningArgs } = useScopeFixture(dialect);

  // Found by the property test: a learning narrowed away from a network the reader was just
  // let into came twice, as the page's own `del` and as the backfill's.
  it('sends a learning narrowed away from a network the reader just joined once, as a del', async () => {
    const [meId, authorId] = take(2);
    const lis = await holding(ids.lis);
    const networkId = await networkOf(lis, 'approval');
    const [me, author] = await Promise.all([holding(meId), holding(authorId)]);
    await applied(author, 'network.join', { networkId });
    await applied(lis, 'network.approve', { networkId, personId: authorId });
    const learningId = crypto.randomUUID();
    await applied(author, 'learning.create', learningArgs(learningId, { network: networkId }));
    await applied(me, 'network.join', { networkId });
    await me.sync();
    await applied(lis, 'network.approve', { networkId, personId: meId });
    await applied(author, 'learning.update', { id: learningId, baseVersion: 1, visibility: 'private' });
    const pulled = await me.sync();
    expect(pulled.changes.filter((c) => c.id === learningId)).toEqual([{ type: 'learning', op: 'del', id: learningId }]);
    await expectSameAsFresh(me);
  });

  // Found by the property test: a learning narrowed away and changed again later stayed on a
  // device whose pull came in pages that fell between the two: the page past the narrowing
  // did not reach the learning's newer version, and the next page no longer looked back at
  // the narrowing.
  it('deletes a learning narrowed away and changed again, whatever pages the pull comes in', async () => {
    const [readerId, authorId, otherId] = take(3);
    const lis = await holding(ids.lis);
    const networkId = await networkOf(lis, 'open');
    const [reader, author, other] = await Promise.all([holding(readerId), holding(authorId), holding(otherId)]);
    for (const member of [reader, author]) await applied(member, 'network.join', { networkId });
    const learningId = crypto.randomUUID();
    await applied(author, 'learning.create', learningArgs(learningId, { network: networkId }));
    const seminarId = crypto.randomUUID();
    await applied(lis, 'seminar.create', seminarArgs(seminarId, networkId));
    await reader.sync();
    expect(reader.rows.has(heldKey({ type: 'learning', id: learningId }))).toBe(true);
    await applied(author, 'learning.update', { id: learningId, baseVersion: 1, visibility: 'private' });
    // Rows between the narrowing and the learning's next change, for pages of two to end on.
    await applied(other, 'signup.request', { seminarId });
    await applied(reader, 'signup.request', { seminarId });
    await applied(author, 'learning.delete', { id: learningId });
    await reader.sync(2);
    expect(reader.rows.has(heldKey({ type: 'learning', id: learningId }))).toBe(false);
    await expectSameAsFresh(reader);
  });

  // Found by the property test: an event the mover signed up for after the move made a
  // count of the old unit (0), which a fresh device of a colleague there received and a
  // device that pulled before did not; and it told the old unit that they had signed up.
  it('counts an event the mover signs up for after the move in the new unit only, on every device', async () => {
    const people = await db().selectFrom('people').select(['id', 'unit_id']).where('id', 'in', [...spare()]).execute();
    const moverRow = people.find((p) => people.some((q) => q.id !== p.id && q.unit_id === p.unit_id))!;
    const stayerId = people.find((p) => p.id !== moverRow.id && p.unit_id === moverRow.unit_id)!.id;
    const newColleague = people.find((p) => p.unit_id !== moverRow.unit_id)!;
    claim(moverRow.id, stayerId, newColleague.id);
    const [admin, mover, stayer, colleague] = await Promise.all([holding(ids.admin), holding(moverRow.id), holding(stayerId), holding(newColleague.id)]);
    expect(await movePersonToUnit(db(), moverRow.id, newColleague.unit_id)).toBe(true);
    await Promise.all([stayer.sync(), colleague.sync()]);
    const seminarId = crypto.randomUUID();
    await applied(admin, 'seminar.create', seminarArgs(seminarId, null));
    await applied(mover, 'signup.request', { seminarId });
    await Promise.all([stayer.sync(), colleague.sync()]);
    expect(stayer.rows.has(heldKey({ type: 'unitAttendance', id: `${moverRow.unit_id}:${seminarId}` }))).toBe(false);
    expect(colleague.rows.get(heldKey({ type: 'unitAttendance', id: `${newColleague.unit_id}:${seminarId}` }))).toMatchObject({ count: 0 });
    await expectSameAsFresh(stayer);
    await expectSameAsFresh(colleague);
  });

  // Found by the property test (on PostgreSQL): a sign-up that changed after the coordinator's
  // last pull stayed on their device when its event left every network: the rule of who sees
  // it met the event's null network, and `not (unknown)` left the row out of the backfill.
  it('deletes a sign-up changed since the last pull from the coordinators of an event taken out of every network', async () => {
    const [coordinatorId, participantId] = take(2);
    const [lis, admin] = await Promise.all([holding(ids.lis), holding(ids.admin)]);
    const networkId = await networkOf(lis, 'open');
    const [coordinator, participant] = await Promise.all([holding(coordinatorId), holding(participantId)]);
    await applied(coordinator, 'network.join', { networkId });
    await applied(lis, 'network.setRole', { networkId, personId: coordinatorId, role: 'coordinator' });
    const seminarId = crypto.randomUUID();
    await applied(lis, 'seminar.create', seminarArgs(seminarId, networkId));
    await applied(participant, 'signup.request', { seminarId });
    await coordinator.sync();
    await applied(lis, 'attendance.set', { seminarId, personId: participantId, present: true });
    await applied(admin, 'seminar.update', { id: seminarId, networkId: null });
    await coordinator.sync();
    expect(coordinator.rows.has(heldKey({ type: 'signup', id: `${seminarId}:${participantId}` }))).toBe(false);
    await expectSameAsFresh(coordinator);
  });
});
