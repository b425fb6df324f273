// One shape per entity, checked by the compiler (issue 18, part 8). This file is part of
// `tsc -p tsconfig.json` (npm run typecheck): each `@ts-expect-error` below must stay an
// error, so a mapper that may send a misspelled, missing or extra field, or a column that
// may hold a status no device reads, fails the type check. At run time it checks little.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { EntityOf, WireOf } from '../../src/shared/entities';
import type { Database, LearningTable, MembershipTable, NetworkTable, SeminarTable, SignupTable } from '../../src/server/db/schema';
import { rowChange } from '../../src/server/sync/row-change';
import { signupValue } from '../../src/server/sync/pull-sources';

const signupRow: SignupTable = {
  id: 's1:p1', seminar_id: 's1', person_id: 'p1', status: 'confirmed', position: null,
  checked_in_at: null, created_at: '2027-01-01T10:00:00.000Z', version: 1, deleted: 0,
};

describe('WireOf', () => {
  it('is the entity without its id, derived from the schema', () => {
    expectTypeOf<WireOf<'area'>>().toEqualTypeOf<{ name: string }>();
    expectTypeOf<WireOf<'signup'>>().toEqualTypeOf<Omit<EntityOf<'signup'>, 'id'>>();
    expectTypeOf<WireOf<'seminar'>>().not.toHaveProperty('id');
    // A union of types is a union of shapes, not their common fields.
    expectTypeOf<WireOf<'area' | 'unit'>>().toEqualTypeOf<{ name: string } | { areaId: string; name: string }>();
  });

  it('keeps an optional field optional: the check-in code goes only to those who run the seminar', () => {
    expectTypeOf<WireOf<'seminar'>['checkinCode']>().toEqualTypeOf<string | undefined>();
  });

  it('refuses a value with a field misspelled, missing or extra', () => {
    const valid: WireOf<'signup'> = {
      seminarId: 's1', personId: 'p1', status: 'confirmed', position: null, checkedInAt: null, createdAt: '2027-01-01T10:00:00.000Z',
    };
    const misspelled: WireOf<'signup'> = {
      seminarId: 's1', personId: 'p1', status: 'confirmed', checkedInAt: null, createdAt: '2027-01-01T10:00:00.000Z',
      // @ts-expect-error `positon` is not a field of a signup (and `position` is missing)
      positon: null,
    };
    // @ts-expect-error `position` is missing
    const missing: WireOf<'signup'> = {
      seminarId: 's1', personId: 'p1', status: 'confirmed', checkedInAt: null, createdAt: '2027-01-01T10:00:00.000Z',
    };
    const extra: WireOf<'signup'> = {
      seminarId: 's1', personId: 'p1', status: 'confirmed', position: null, checkedInAt: null, createdAt: '2027-01-01T10:00:00.000Z',
      // @ts-expect-error a signup has no `seat`
      seat: 3,
    };
    const withId: WireOf<'signup'> = {
      seminarId: 's1', personId: 'p1', status: 'confirmed', position: null, checkedInAt: null, createdAt: '2027-01-01T10:00:00.000Z',
      // @ts-expect-error a value travels without its id (the change carries it)
      id: 's1:p1',
    };
    const badStatus: WireOf<'signup'> = {
      seminarId: 's1', personId: 'p1', checkedInAt: null, createdAt: '2027-01-01T10:00:00.000Z', position: null,
      // @ts-expect-error not a status of a signup
      status: 'confirmd',
    };
    expect([valid, misspelled, missing, extra, withId, badStatus]).toHaveLength(6);
  });

  it('makes a mapper declare its shape: a function returning a literal is checked like one', () => {
    const misspelled = (r: SignupTable): WireOf<'signup'> => ({
      // @ts-expect-error `seminarID` is misspelled
      seminarID: r.seminar_id, personId: r.person_id, status: r.status, position: r.position, checkedInAt: r.checked_in_at, createdAt: r.created_at,
    });
    expect(misspelled).toBeTypeOf('function');
  });

  it('ties rowChange\'s value to its type', () => {
    expect(rowChange('signup', signupRow.id, signupValue(signupRow))).toMatchObject({ type: 'signup', op: 'put', id: 's1:p1' });
    expect(rowChange('signup', signupRow.id, null)).toEqual({ type: 'signup', op: 'del', id: 's1:p1' });
    // @ts-expect-error a signup's value is not a seminar's
    expect(rowChange('seminar', signupRow.id, signupValue(signupRow))).toBeDefined();
    // @ts-expect-error an unknown entity type
    expect(rowChange('todo', 'x', null)).toBeDefined();
  });
});

describe('status and kind columns', () => {
  it('take the shared picklists\' types, so a mutator cannot write a value no device reads', () => {
    expectTypeOf<SeminarTable['status']>().toEqualTypeOf<EntityOf<'seminar'>['status']>();
    expectTypeOf<SignupTable['status']>().toEqualTypeOf<EntityOf<'signup'>['status']>();
    expectTypeOf<MembershipTable['role']>().toEqualTypeOf<EntityOf<'membership'>['role']>();
    expectTypeOf<NetworkTable['join_policy']>().toEqualTypeOf<EntityOf<'network'>['joinPolicy']>();
    expectTypeOf<LearningTable['source_kind']>().toEqualTypeOf<EntityOf<'learning'>['sourceKind']>();

    // @ts-expect-error not a status of a signup
    const update: Updateable<SignupTable> = { status: 'confirmd' };
    const insert: Pick<Insertable<SeminarTable>, 'kind' | 'status'> = {
      kind: 'cafe',
      // @ts-expect-error not a status of a seminar
      status: 'canceled',
    };
    // As a mutator writes it, through Kysely (never run: the compiler is the test).
    const write = (db: Kysely<Database>) => [
      // @ts-expect-error not a status of a sign-up
      db.updateTable('signups').set({ status: 'confirmd' }),
      // @ts-expect-error not a role in a network
      db.updateTable('memberships').set({ role: 'admin' }),
      db.updateTable('signups').set({ status: 'confirmed' }),
    ];
    expect([update, insert, write]).toHaveLength(3);
  });
});
