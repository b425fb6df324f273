// Scope changes remove everything that is no longer visible (issue 18, part 3), over the
// real HTTP API on SQLite and PostgreSQL: after leaving a network, being declined, removed
// or made member again, a move between units, an event moved between networks, every row
// the person may no longer see is deleted from the device at the next pull, whatever its
// version, and what they may now see arrives; never a reset. A cancelled event takes nothing
// from anyone. Each case ends with the device holding exactly what a fresh device of the
// same person holds. The property test's counterexamples: scope-counterexamples.test.ts.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects';
import { heldKey } from '../support/held-rows';
import { dels, puts, useScopeFixture } from '../support/scope-fixture';
import type { Change } from '../../src/shared/protocol';
import { membershipId, signupId } from '../../src/shared/entities';
import { coreKnowledgeId } from '../../src/shared/entities/ids';
import { movePersonToUnit } from '../../src/server/db/learnings';
import { loadViewer } from '../../src/server/db/viewers';
import { pullChanges } from '../../src/server/sync/pull';

describe.each(DIALECTS)('scope changes on %s', (dialect) => {
  const { db, ids, take, spare, claim, holding, networkOf, applied, refused, expectSameAsFresh, seminarArgs, learningArgs } = useScopeFixture(dialect);

  it('deletes a left network\'s rows that changed since the last pull, and those that did not', async () => {
    const [meId, coId] = take(2);
    const lis = await holding(ids.lis);
    const networkId = await networkOf(lis, 'open');
    const [me, co] = await Promise.all([holding(meId), holding(coId)]);
    await applied(me, 'network.join', { networkId });
    await applied(co, 'network.join', { networkId });
    const [changedTask, quietTask, changedLearning, quietLearning] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    for (const id of [changedTask, quietTask]) await applied(lis, 'networkTask.create', { id, networkId, title: 'Fonde til hjælpemidler' });
    for (const id of [changedLearning, quietLearning]) await applied(co, 'learning.create', learningArgs(id, { network: networkId }));
    await me.sync();
    const networkRows = [
      heldKey({ type: 'membership', id: membershipId(networkId, coId) }), heldKey({ type: 'membership', id: membershipId(networkId, ids.lis) }),
      heldKey({ type: 'networkTask', id: changedTask! }), heldKey({ type: 'networkTask', id: quietTask! }),
      heldKey({ type: 'learning', id: changedLearning! }), heldKey({ type: 'learning', id: quietLearning! }),
    ];
    for (const key of networkRows) expect(me.rows.has(key), key).toBe(true);

    // Since my last pull: a co-member's membership, a task and a learning of the network changed.
    await applied(lis, 'network.setRole', { networkId, personId: coId, role: 'coordinator' });
    await applied(co, 'networkTask.update', { id: changedTask, status: 'done', report: 'Sendt til direktionen' });
    await applied(co, 'learning.update', { id: changedLearning, baseVersion: 1, title: 'Det lærte jeg (rettet)' });
    await applied(me, 'network.leave', { networkId });

    const pulled = await me.sync();
    expect(pulled.pages.every((p) => !p.reset)).toBe(true);
    const gone = dels(pulled.changes);
    for (const key of [...networkRows, heldKey({ type: 'membership', id: membershipId(networkId, meId) })]) expect(gone, key).toContain(key);
    for (const key of networkRows) expect(me.rows.has(key), key).toBe(false);
    // Each row once: the page and the backfill never both send one.
    expect(pulled.changes.length).toBe(new Set(pulled.changes.map(heldKey)).size);
    await expectSameAsFresh(me);
    await refused(me, 'networkTask.update', { id: quietTask, status: 'done' }, 'not_allowed');
    await refused(me, 'learning.create', learningArgs(crypto.randomUUID(), { network: networkId }), 'learning_network_not_member');
  });

  it('sends a declined request back as declined, and nothing else of the network', async () => {
    const [meId, otherId] = take(2);
    const lis = await holding(ids.lis);
    const networkId = await networkOf(lis, 'approval');
    const [me, other] = await Promise.all([holding(meId), holding(otherId)]);
    await applied(me, 'network.join', { networkId });
    await me.sync();
    const request = heldKey({ type: 'membership', id: membershipId(networkId, meId) });
    expect(me.rows.get(request)).toMatchObject({ status: 'pending' });
    // Only a coordinator answers a request.
    await refused(other, 'network.decline', { networkId, personId: meId }, 'not_allowed');
    await applied(lis, 'network.decline', { networkId, personId: meId });

    const pulled = await me.sync();
    expect(pulled.pages.every((p) => !p.reset)).toBe(true);
    // The asker keeps their own row, declined, to be told (network-requests.test.ts).
    expect(puts(pulled.changes).get(request)).toMatchObject({ status: 'declined' });
    expect([...puts(pulled.changes).entries()].filter(([key, v]) => key !== request && (v as { networkId?: string }).networkId === networkId)).toEqual([]);
    await expectSameAsFresh(me);
  });

  it('deletes everything of the network from someone a coordinator removed', async () => {
    const [meId, coId] = take(2);
    const lis = await holding(ids.lis);
    const networkId = await networkOf(lis, 'open');
    const [me, co] = await Promise.all([holding(meId), holding(coId)]);
    await applied(me, 'network.join', { networkId });
    await applied(co, 'network.join', { networkId });
    const taskId = crypto.randomUUID();
    const learningId = crypto.randomUUID();
    await applied(lis, 'networkTask.create', { id: taskId, networkId, title: 'Oplæg til temadag' });
    await applied(co, 'learning.create', learningArgs(learningId, { network: networkId }));
    await me.sync();
    // A member removes nobody.
    await refused(me, 'network.removeMember', { networkId, personId: coId }, 'not_allowed');
    await applied(co, 'networkTask.update', { id: taskId, status: 'done' });
    await applied(co, 'learning.update', { id: learningId, baseVersion: 1, body: 'Om ordblindhed, rettet' });
    await applied(lis, 'network.removeMember', { networkId, personId: meId });

    const pulled = await me.sync();
    expect(pulled.pages.every((p) => !p.reset)).toBe(true);
    const gone = dels(pulled.changes);
    for (const [type, id] of [['membership', membershipId(networkId, meId)], ['membership', membershipId(networkId, coId)],
      ['networkTask', taskId], ['learning', learningId]] as const) expect(gone).toContain(heldKey({ type, id }));
    await expectSameAsFresh(me);
    await refused(me, 'networkTask.update', { id: taskId, status: 'open' }, 'not_allowed');
    await refused(lis, 'network.removeMember', { networkId, personId: meId }, 'not_a_member');
  });

  it('takes other people\'s sign-ups and the check-in code from a coordinator made member again, and gives them to a new one', async () => {
    const [coordinatorId, nextId, firstId, secondId, thirdId, askerId] = take(6);
    const lis = await holding(ids.lis);
    const networkId = await networkOf(lis, 'approval');
    const [coordinator, next, first, second, third, asker] = await Promise.all([
      holding(coordinatorId), holding(nextId), holding(firstId), holding(secondId), holding(thirdId), holding(askerId),
    ]);
    for (const member of [coordinator, next]) {
      await applied(member, 'network.join', { networkId });
      await applied(lis, 'network.approve', { networkId, personId: member.personId });
    }
    await applied(lis, 'network.setRole', { networkId, personId: coordinatorId, role: 'coordinator' });
    // Two events of the network: one whose seats change after the coordinator's last pull, one left alone.
    const [seminarId, quietId] = [crypto.randomUUID(), crypto.randomUUID()];
    await applied(lis, 'seminar.create', seminarArgs(seminarId, networkId));
    await applied(lis, 'seminar.create', seminarArgs(quietId, networkId));
    await applied(first, 'signup.request', { seminarId });
    await applied(second, 'signup.request', { seminarId });
    await applied(coordinator, 'signup.request', { seminarId });
    await applied(second, 'signup.request', { seminarId: quietId });
    await applied(asker, 'network.join', { networkId });
    await Promise.all([coordinator.sync(), next.sync()]);
    const seminarKey = heldKey({ type: 'seminar', id: seminarId });
    const quietKey = heldKey({ type: 'seminar', id: quietId });
    const quietSignupKey = heldKey({ type: 'signup', id: signupId(quietId, secondId) });
    const signupKey = (personId: string) => heldKey({ type: 'signup', id: signupId(seminarId, personId) });
    const requestKey = heldKey({ type: 'membership', id: membershipId(networkId, askerId) });
    for (const key of [seminarKey, quietKey]) {
      expect(coordinator.rows.get(key)).toMatchObject({ checkinCode: expect.any(String) });
      expect(next.rows.get(key)).not.toHaveProperty('checkinCode');
    }
    for (const key of [signupKey(firstId), signupKey(secondId), quietSignupKey, requestKey]) expect(coordinator.rows.has(key), key).toBe(true);

    // Since the coordinator's last pull: one sign-up changed, one is new.
    await applied(first, 'signup.cancel', { seminarId });
    await applied(third, 'signup.request', { seminarId });
    await applied(lis, 'network.setRole', { networkId, personId: coordinatorId, role: 'member' });
    await applied(lis, 'network.setRole', { networkId, personId: nextId, role: 'coordinator' });

    const demoted = await coordinator.sync();
    expect(demoted.pages.every((p) => !p.reset)).toBe(true);
    const gone = dels(demoted.changes);
    for (const key of [signupKey(firstId), signupKey(secondId), quietSignupKey, requestKey]) expect(gone, key).toContain(key);
    // Their own sign-up stays; both events come again, without the code (the quiet one did not change).
    expect(coordinator.rows.get(signupKey(coordinatorId))).toMatchObject({ status: 'confirmed' });
    for (const key of [seminarKey, quietKey]) {
      expect(puts(demoted.changes).get(key)).toMatchObject({ title: 'Sprogcafé' });
      expect(coordinator.rows.get(key)).not.toHaveProperty('checkinCode');
    }
    expect(demoted.changes.length).toBe(new Set(demoted.changes.map(heldKey)).size);
    await expectSameAsFresh(coordinator);
    await refused(coordinator, 'network.approve', { networkId, personId: askerId }, 'not_allowed');
    await refused(coordinator, 'seminar.update', { id: seminarId, title: 'Ikke min længere' }, 'not_allowed');

    const promoted = await next.sync();
    expect(promoted.pages.every((p) => !p.reset)).toBe(true);
    for (const key of [seminarKey, quietKey]) expect(next.rows.get(key)).toMatchObject({ checkinCode: expect.any(String) });
    for (const key of [signupKey(secondId), signupKey(thirdId), signupKey(coordinatorId), quietSignupKey, requestKey]) expect(next.rows.has(key), key).toBe(true);
    await expectSameAsFresh(next);
  });

  it('gives a move between units the new unit\'s core knowledge, plan and unit learnings, and takes the old one\'s, changed or not', async () => {
    const people = await db().selectFrom('people').select(['id', 'unit_id']).where('id', 'in', [...spare()]).execute();
    const byUnit = new Map<string, string[]>();
    for (const p of people) byUnit.set(p.unit_id, [...(byUnit.get(p.unit_id) ?? []), p.id]);
    const [oldUnit, oldPeople] = [...byUnit].find(([, ps]) => ps.length >= 2)!;
    const [newUnit, newPeople] = [...byUnit].find(([unit]) => unit !== oldUnit)!;
    const [moverId, oldColleagueId] = oldPeople;
    const newColleagueId = newPeople[0]!;
    claim(moverId!, oldColleagueId!, newColleagueId);
    const [admin, mover, oldColleague, newColleague] = await Promise.all([
      holding(ids.admin), holding(moverId!), holding(oldColleagueId!), holding(newColleagueId),
    ]);
    const need = (unitId: string, competenceId: string, needNow: number) => ({ unitId, competenceId, needNow, needIn5Years: needNow + 1 });
    for (const unitId of [oldUnit, newUnit]) {
      for (const competenceId of ['demens', 'forflytning', 'saarpleje']) await applied(admin, 'coreKnowledge.set', need(unitId, competenceId, 1));
      await applied(admin, 'unit.setStrategy', { unitId, strategy: `Strategi for ${unitId}` });
    }
    const [changedLearning, quietLearning, newUnitLearning] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await applied(oldColleague, 'learning.create', learningArgs(changedLearning!, 'unit'));
    await applied(oldColleague, 'learning.create', learningArgs(quietLearning!, 'unit'));
    await applied(newColleague, 'learning.create', learningArgs(newUnitLearning!, 'unit'));
    await mover.sync();
    const key = (type: Change['type'], id: string) => heldKey({ type, id });
    const oldRows = [
      key('coreKnowledge', coreKnowledgeId(oldUnit, 'demens')), key('coreKnowledge', coreKnowledgeId(oldUnit, 'forflytning')),
      key('coreKnowledge', coreKnowledgeId(oldUnit, 'saarpleje')), key('unitPlan', oldUnit),
      key('learning', changedLearning!), key('learning', quietLearning!),
    ];
    const newRows = [key('coreKnowledge', coreKnowledgeId(newUnit, 'demens')), key('unitPlan', newUnit), key('learning', newUnitLearning!)];
    for (const k of oldRows) expect(mover.rows.has(k), k).toBe(true);
    for (const k of newRows) expect(mover.rows.has(k), k).toBe(false);

    // Since the mover's last pull: one need changed, one removed, the plan and a learning changed.
    await applied(admin, 'coreKnowledge.set', need(oldUnit, 'demens', 4));
    await applied(admin, 'coreKnowledge.remove', { unitId: oldUnit, competenceId: 'forflytning' });
    await applied(admin, 'unit.setStrategy', { unitId: oldUnit, strategy: 'Ny strategi' });
    await applied(oldColleague, 'learning.update', { id: changedLearning, baseVersion: 1, title: 'Rettet' });
    expect(await movePersonToUnit(db(), moverId!, newUnit)).toBe(true);

    const pulled = await mover.sync();
    expect(pulled.pages.every((p) => !p.reset)).toBe(true);
    for (const k of oldRows) expect(dels(pulled.changes), k).toContain(k);
    for (const k of newRows) expect(puts(pulled.changes).has(k), k).toBe(true);
    expect(pulled.changes.length).toBe(new Set(pulled.changes.map(heldKey)).size);
    await expectSameAsFresh(mover);
    await refused(mover, 'unit.setStrategy', { unitId: oldUnit, strategy: 'Ikke min enhed' }, 'not_unit_leader');
  });

  it('moves an event\'s sign-ups and check-in code from the old network\'s coordinators to the new one\'s', async () => {
    const [fromId, toId, participantId] = take(3);
    const lis = await holding(ids.lis);
    const [fromNetwork, toNetwork] = [await networkOf(lis, 'open'), await networkOf(lis, 'open')];
    const [from, to, participant] = await Promise.all([holding(fromId), holding(toId), holding(participantId)]);
    for (const [coordinator, networkId] of [[from, fromNetwork], [to, toNetwork]] as const) {
      await applied(coordinator, 'network.join', { networkId });
      await applied(lis, 'network.setRole', { networkId, personId: coordinator.personId, role: 'coordinator' });
    }
    const seminarId = crypto.randomUUID();
    await applied(lis, 'seminar.create', seminarArgs(seminarId, fromNetwork));
    await applied(participant, 'signup.request', { seminarId });
    await Promise.all([from.sync(), to.sync()]);
    const signupKey = heldKey({ type: 'signup', id: signupId(seminarId, participantId) });
    const seminarKey = heldKey({ type: 'seminar', id: seminarId });
    expect(from.rows.has(signupKey)).toBe(true);
    expect(to.rows.has(signupKey)).toBe(false);
    // A coordinator may not take the event out of the network they run; Lis runs both.
    await refused(from, 'seminar.update', { id: seminarId, networkId: toNetwork }, 'not_allowed');
    await applied(lis, 'seminar.update', { id: seminarId, networkId: toNetwork });

    const [left, arrived] = [await from.sync(), await to.sync()];
    expect(dels(left.changes)).toContain(signupKey);
    expect(from.rows.get(seminarKey)).not.toHaveProperty('checkinCode');
    expect(puts(arrived.changes).get(signupKey)).toMatchObject({ personId: participantId, status: 'confirmed' });
    expect(to.rows.get(seminarKey)).toMatchObject({ networkId: toNetwork, checkinCode: expect.any(String) });
    await expectSameAsFresh(from);
    await expectSameAsFresh(to);
    await refused(from, 'attendance.set', { seminarId, personId: participantId, present: true }, 'not_allowed');

    // Out of any network (an admin may; Lis, a leader, may not): only the organizer still sees who is coming.
    await refused(lis, 'seminar.update', { id: seminarId, networkId: null }, 'not_allowed');
    await applied(await holding(ids.admin), 'seminar.update', { id: seminarId, networkId: null });
    expect(dels((await to.sync()).changes)).toContain(signupKey);
    await expectSameAsFresh(to);
  });

  it('takes nothing from anyone when an event is cancelled: it stays, marked cancelled, with its sign-ups and code', async () => {
    const [coordinatorId, participantId] = take(2);
    const lis = await holding(ids.lis);
    const networkId = await networkOf(lis, 'open');
    const [coordinator, participant] = await Promise.all([holding(coordinatorId), holding(participantId)]);
    await applied(coordinator, 'network.join', { networkId });
    await applied(lis, 'network.setRole', { networkId, personId: coordinatorId, role: 'coordinator' });
    const seminarId = crypto.randomUUID();
    await applied(lis, 'seminar.create', seminarArgs(seminarId, networkId));
    await applied(participant, 'signup.request', { seminarId });
    await Promise.all([coordinator.sync(), participant.sync()]);
    await applied(lis, 'seminar.cancel', { id: seminarId });

    for (const device of [coordinator, participant]) {
      const pulled = await device.sync();
      expect(pulled.changes.filter((c) => c.op === 'del')).toEqual([]);
      expect(device.rows.get(heldKey({ type: 'seminar', id: seminarId }))).toMatchObject({ status: 'cancelled' });
      expect(device.rows.get(heldKey({ type: 'signup', id: signupId(seminarId, participantId) }))).toMatchObject({ status: 'confirmed' });
      await expectSameAsFresh(device);
    }
    expect(coordinator.rows.get(heldKey({ type: 'seminar', id: seminarId }))).toMatchObject({ checkinCode: expect.any(String) });
    await refused(coordinator, 'signup.request', { seminarId }, 'seminar_cancelled');
  });

  it('deletes a learning whose audience narrowed from a network the reader left in the same interval', async () => {
    const [meId, authorId] = take(2);
    const lis = await holding(ids.lis);
    const networkId = await networkOf(lis, 'open');
    const [me, author] = await Promise.all([holding(meId), holding(authorId)]);
    await applied(me, 'network.join', { networkId });
    await applied(author, 'network.join', { networkId });
    const learningId = crypto.randomUUID();
    await applied(author, 'learning.create', learningArgs(learningId, { network: networkId }));
    await me.sync();
    expect(me.rows.has(heldKey({ type: 'learning', id: learningId }))).toBe(true);
    // Shared with nobody now: the page's narrowed audience reads the networks I am in, which no longer include it.
    await applied(author, 'learning.update', { id: learningId, baseVersion: 1, visibility: 'private' });
    await applied(me, 'network.leave', { networkId });
    expect(dels((await me.sync()).changes)).toContain(heldKey({ type: 'learning', id: learningId }));
    await expectSameAsFresh(me);
  });

  it('judges the page and the backfill by the view after a leave that came between reading the viewer and the pull', async () => {
    const [meId, coId] = take(2);
    const lis = await holding(ids.lis);
    const networkId = await networkOf(lis, 'open');
    const [me, co] = await Promise.all([holding(meId), holding(coId)]);
    await applied(me, 'network.join', { networkId });
    await applied(co, 'network.join', { networkId });
    const pulled = await pullChanges(db(), (await loadViewer(db(), meId))!, crypto.randomUUID(), undefined, 100_000);
    // Read before the leave, as the route reads it before the pull reads the version.
    const stale = (await loadViewer(db(), meId))!;
    await applied(lis, 'network.setRole', { networkId, personId: coId, role: 'coordinator' });
    await applied(me, 'network.leave', { networkId });
    const after = await pullChanges(db(), stale, crypto.randomUUID(), pulled.cursor, 100_000);
    expect(after.reset).toBe(false);
    const co2 = heldKey({ type: 'membership', id: membershipId(networkId, coId) });
    expect(after.changes.filter((c) => heldKey(c) === co2)).toEqual([{ type: 'membership', op: 'del', id: membershipId(networkId, coId) }]);
  });
});
