// Issue 24's figures: a municipality-wide pulse check in the seeded municipality with
// 30,000 answers (spread over the units as their people are): the server's time to count
// them and write the results (median of 5, each from scratch), and the bytes of the pull
// that brings them to a member of one unit (the pulse and its unit's, area's and the
// municipality's results).
import type { Db } from '../src/server/db/database';
import { computePulseResults } from '../src/server/pulses/results-job';
import { createSession, SESSION_COOKIE } from '../src/server/auth/sessions';
import { encodeCursor } from '../src/server/sync/cursor';
import { currentVersion, reserveVersions } from '../src/server/db/versions';
import { PULSE_QUESTIONS } from '../src/shared/pulse/questions';
import { now, type Figure } from './measure';

const ANSWERS = 30_000;

export async function pulseFigures(url: string, database: Db): Promise<Figure[]> {
  const db = database.kysely;
  const admin = (await db.selectFrom('people').select('id').where('email', '=', 'admin@fjordby.example').executeTakeFirstOrThrow()).id;
  const pulseId = crypto.randomUUID();
  await db.insertInto('pulses').values({
    id: pulseId, version: await reserveVersions(db), deleted: 0, title: 'Temperaturmåling, vinter', scope_kind: 'municipality', scope_id: null,
    opens_at: new Date(Date.now() - 86_400_000).toISOString(), closes_at: new Date(Date.now() + 14 * 86_400_000).toISOString(), closed_at: null,
    questions: JSON.stringify(PULSE_QUESTIONS), opened_by: admin, created_at: new Date().toISOString(),
  }).execute();
  const people = await db.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id')
    .select(['people.unit_id', 'units.area_id']).where('people.deleted', '=', 0).orderBy('people.id').limit(ANSWERS).execute();
  const day = new Date().toISOString().slice(0, 10);
  const score = () => Math.floor(Math.random() * 6);
  for (let at = 0; at < people.length; at += 500) {
    await db.insertInto('pulse_answers').values(people.slice(at, at + 500).map((person, i) => ({
      id: crypto.randomUUID(), pulse_id: pulseId, key_hash: crypto.randomUUID(), unit_id: person.unit_id, area_id: person.area_id,
      answered_on: day, text: (at + i) % 10 === 0 ? 'Mere tid til at dele viden på tværs af enhederne' : null,
      s1: score(), s2: score(), s3: score(), s4: score(), s5: score(), s6: score(), s7: score(), s8: score(), s9: score(), s10: score(), s11: score(),
    }))).execute();
  }
  const before = await currentVersion(db);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    // From scratch each time: no results to compare with.
    await db.deleteFrom('pulse_results').where('pulse_id', '=', pulseId).execute();
    const started = now();
    await computePulseResults(db, database.dialect, pulseId);
    times.push(now() - started);
  }
  const rows = await db.selectFrom('pulse_results').select('id').where('pulse_id', '=', pulseId).execute();

  // A unit member's pull of what changed since just before the pulse.
  const member = (await db.selectFrom('people').select('id').where('deleted', '=', 0).where('roles', '=', '["employee"]').orderBy('id').executeTakeFirstOrThrow()).id;
  const cookie = `${SESSION_COOKIE}=${await createSession(db, member)}`;
  const cursor = encodeCursor({ version: before - 1, scratchUntil: 0 });
  const reply = await fetch(`${url}/api/sync/pull?clientId=${crypto.randomUUID()}&cursor=${encodeURIComponent(cursor)}`, { headers: { cookie, 'accept-encoding': 'identity' } });
  const text = await reply.text();
  const changes = (JSON.parse(text) as { changes: { type: string }[] }).changes;
  const carried = changes.filter((change) => change.type === 'pulse' || change.type === 'pulseResult').length;

  await db.deleteFrom('pulse_results').where('pulse_id', '=', pulseId).execute();
  await db.deleteFrom('pulse_answers').where('pulse_id', '=', pulseId).execute();
  await db.deleteFrom('pulses').where('id', '=', pulseId).execute();
  const median = [...times].sort((a, b) => a - b)[2]!;
  return [
    { name: `pulse check for everyone, ${people.length} answers: results counted and written (${rows.length} scopes), median of 5`, value: median, unit: 'ms', goal: '≤ 200', met: median <= 200 },
    { name: `pulse check: the pull that carries them to a unit member (${carried} rows: the pulse and its results)`, value: text.length / 1024, unit: 'KB', goal: '≤ 20', met: text.length <= 20 * 1024 },
  ];
}
