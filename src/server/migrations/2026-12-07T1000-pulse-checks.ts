// The pulse check (issue 24). `pulses` and `pulse_results` are synced rows. The answers are
// stored without the person: `pulse_answers` holds the unit (for the breakdown), the day,
// the scores (a column per characteristic, null when not asked, 0 for "ved ikke") and the
// hash of the device's secret key; `pulse_marks` says only that a person has answered (the
// one-answer rule), by the day. Nothing joins the two. On SQLite both are WITHOUT ROWID
// tables, so not even the order rows were written in lines a mark up with an answer.
import { sql, SqliteAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

export const SCORE_COLUMNS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const withoutRowOrder = <T extends string, C extends string>(table: CreateTableBuilder<T, C>) => (sqlite ? table.modifyEnd(sql`without rowid`) : table);

  await db.schema.createTable('pulses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scope_kind', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text')
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Answers came in since the results were last computed (server-only, no version of its own).
    .addColumn('results_due', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('pulses_version').on('pulses').column('version').unique().execute();
  await db.schema.createIndex('pulses_results_due').on('pulses').column('id').where(sql.ref('results_due'), '=', 1).execute();

  // Keyed by pulse first: a pulse's answers lie together (counted in one range read), in the
  // order of their random ids within it.
  await withoutRowOrder(db.schema.createTable('pulse_answers')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('pulse_id', 'text', (c) => c.notNull().references('pulses.id'))
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .$call((table) => SCORE_COLUMNS.reduce((t, column) => t.addColumn(column, 'integer'), table))
    .addPrimaryKeyConstraint('pulse_answers_pk', ['pulse_id', 'id'])
    .addUniqueConstraint('pulse_answers_key', ['pulse_id', 'key_hash'])).execute();

  await withoutRowOrder(db.schema.createTable('pulse_marks')
    .addColumn('pulse_id', 'text', (c) => c.notNull().references('pulses.id'))
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('marked_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pulse_marks_pk', ['pulse_id', 'person_id'])).execute();

  await db.schema.createTable('pulse_results')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pulse_id', 'text', (c) => c.notNull().references('pulses.id'))
    .addColumn('scope_kind', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text')
    // JSON: the scope's figures as shared/pulse/results.ts makes them (never an answer).
    .addColumn('figures', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pulse_results_version').on('pulse_results').column('version').unique().execute();
  await db.schema.createIndex('pulse_results_scope').on('pulse_results').columns(['scope_kind', 'scope_id', 'version']).execute();
}
