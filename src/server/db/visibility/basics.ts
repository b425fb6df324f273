// What every visibility rule of db/visibility is built from: "sees every row", "sees no
// row", and a rule as a 0/1 column, for the queries that send a person both what they may
// now see (`put`) and what they may no longer see (`del`): the scope backfill, and pull's
// memberships, whose rows can stop being visible without the person's view changing.
import { expressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../schema';

const eb = expressionBuilder<Database>();

/** The rule of a viewer who sees every row of a kind (1 = 1). */
export const seesAll: Expression<SqlBool> = eb.and([]);
/** The rule of a viewer who sees no row of a kind (1 = 0): a query by it would find nothing, so none need run. */
export const seesNone: Expression<SqlBool> = eb.or([]);

export const visibleFlag = (visible: Expression<SqlBool>) => eb.case().when(visible).then(1).else(0).end().as('visible_flag');

/** Rows read with visibleFlag, the flag as a boolean. */
export const withVisible = <R extends { visible_flag: unknown }>(rows: readonly R[]): (Omit<R, 'visible_flag'> & { visible: boolean })[] =>
  rows.map(({ visible_flag, ...row }) => ({ ...row, visible: Number(visible_flag) === 1 }));
