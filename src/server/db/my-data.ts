// Everything Videnbro stores about one person (GDPR art. 15, issue 21 part 2), as one
// readable, machine-readable object: the profile, competences, memberships and requests,
// sign-ups and attendance, what they wrote and organised, where they moved, their sessions,
// devices and calendar addresses, and the audit trail's lines about them. Rows they removed
// that are still kept (tombstones, for the phones) are included and marked `removed`.
// Never a secret: no token or code hashes. Nothing of anyone else's.
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { bool, parseJsonList } from './json';
import { notificationSettingsOf } from './notification-settings';

const removed = (deleted: number) => (deleted !== 0 ? { removed: true } : {});

export async function collectMyData(db: Kysely<Database>, personId: string, now: Date) {
  const person = await db.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id').innerJoin('areas', 'areas.id', 'units.area_id')
    .select(['people.id', 'people.name', 'people.email', 'people.title', 'people.phone', 'people.phone_hidden', 'people.bio', 'people.roles',
      'people.knowledge_sharer', 'people.employee_number', 'people.unit_id', 'units.name as unit_name', 'areas.name as area_name'])
    .where('people.id', '=', personId).executeTakeFirst();
  if (!person) return null;
  const [competences, memberships, signups, learnings, networks, seminars, tasks, moves, sessions, clients, feeds, pushes, messages, audit, messageSettings, pulseMarks] = await Promise.all([
    db.selectFrom('person_competences').innerJoin('competences', 'competences.id', 'person_competences.competence_id')
      .select(['person_competences.competence_id', 'competences.name', 'person_competences.level', 'person_competences.can_help',
        'person_competences.note', 'person_competences.updated_at', 'person_competences.deleted'])
      .where('person_competences.person_id', '=', personId).orderBy('competences.name').execute(),
    db.selectFrom('memberships').innerJoin('networks', 'networks.id', 'memberships.network_id')
      .select(['memberships.network_id', 'networks.name', 'memberships.status', 'memberships.role', 'memberships.deleted'])
      .where('memberships.person_id', '=', personId).orderBy('networks.name').execute(),
    db.selectFrom('signups').innerJoin('seminars', 'seminars.id', 'signups.seminar_id')
      .select(['signups.seminar_id', 'seminars.title', 'seminars.starts_at', 'signups.status', 'signups.position', 'signups.checked_in_at',
        'signups.created_at', 'signups.deleted'])
      .where('signups.person_id', '=', personId).orderBy('seminars.starts_at').execute(),
    db.selectFrom('learnings').selectAll().where('author_id', '=', personId).orderBy('created_at').execute(),
    db.selectFrom('networks').select(['id', 'name', 'deleted']).where('created_by', '=', personId).orderBy('name').execute(),
    db.selectFrom('seminars').select(['id', 'title', 'starts_at', 'status', 'deleted']).where('organizer_id', '=', personId).orderBy('starts_at').execute(),
    db.selectFrom('network_tasks').select(['id', 'network_id', 'title', 'status', 'created_by', 'report_by', 'report', 'report_at', 'deleted'])
      .where((eb) => eb.or([eb('created_by', '=', personId), eb('report_by', '=', personId)])).orderBy('id').execute(),
    db.selectFrom('unit_moves').select(['from_unit_id', 'to_unit_id', 'version']).where('person_id', '=', personId).orderBy('version').execute(),
    db.selectFrom('sessions').select(['created_at', 'expires_at', 'revoked_at', 'last_seen_at']).where('person_id', '=', personId).orderBy('created_at').execute(),
    db.selectFrom('clients').select(['client_id', 'created_at', 'last_mutation_id']).where('person_id', '=', personId).orderBy('created_at').execute(),
    db.selectFrom('calendar_feeds').select(['created_at', 'revoked_at']).where('person_id', '=', personId).orderBy('created_at').execute(),
    db.selectFrom('push_subscriptions').select(['endpoint', 'created_at']).where('person_id', '=', personId).orderBy('created_at').execute(),
    db.selectFrom('notification_queue').select(['kind', 'subject_id', 'due_at', 'sent_at', 'outcome']).where('person_id', '=', personId).orderBy('due_at').execute(),
    db.selectFrom('audit_log').select(['at', 'action', 'subject', 'before', 'after', 'device', 'actor_id'])
      .where((eb) => eb.or([eb('actor_id', '=', personId), eb('subject', '=', person.email)])).orderBy('at').execute(),
    notificationSettingsOf(db, personId),
    db.selectFrom('pulse_marks').innerJoin('pulses', 'pulses.id', 'pulse_marks.pulse_id').select(['pulses.id', 'pulses.title', 'pulse_marks.marked_on'])
      .where('pulse_marks.person_id', '=', personId).orderBy('pulse_marks.marked_on').execute(),
  ]);
  return {
    exportedAt: now.toISOString(),
    person: {
      id: person.id, name: person.name, email: person.email, title: person.title, phone: person.phone, phoneHidden: bool(person.phone_hidden),
      bio: person.bio, roles: parseJsonList<string>(person.roles), knowledgeSharer: bool(person.knowledge_sharer),
      employeeNumber: person.employee_number, unit: { id: person.unit_id, name: person.unit_name, area: person.area_name },
    },
    competences: competences.map((c) => ({
      competenceId: c.competence_id, name: c.name, level: c.level, canHelp: bool(c.can_help), note: c.note, updatedAt: c.updated_at, ...removed(c.deleted),
    })),
    memberships: memberships.map((m) => ({ networkId: m.network_id, network: m.name, status: m.status, role: m.role, ...removed(m.deleted) })),
    signups: signups.map((s) => ({
      seminarId: s.seminar_id, title: s.title, startsAt: s.starts_at, status: s.status, position: s.position,
      checkedInAt: s.checked_in_at, createdAt: s.created_at, ...removed(s.deleted),
    })),
    learnings: learnings.map((l) => ({
      id: l.id, title: l.title, body: l.body, application: l.application, sourceKind: l.source_kind, seminarId: l.seminar_id,
      competenceIds: parseJsonList<string>(l.competence_ids), dlo: parseJsonList<number>(l.dlo), visibility: l.visibility,
      visibilityNetworkId: l.visibility_network_id, createdAt: l.created_at, updatedAt: l.updated_at, ...removed(l.deleted),
    })),
    networksCreated: networks.map((n) => ({ id: n.id, name: n.name, ...removed(n.deleted) })),
    seminarsOrganized: seminars.map((s) => ({ id: s.id, title: s.title, startsAt: s.starts_at, status: s.status, ...removed(s.deleted) })),
    networkTasks: tasks.map((t) => ({
      id: t.id, networkId: t.network_id, title: t.title, status: t.status, given: t.created_by === personId,
      report: t.report_by === personId ? t.report : null, reportedAt: t.report_by === personId ? t.report_at : null, ...removed(t.deleted),
    })),
    unitMoves: moves.map((m) => ({ from: m.from_unit_id, to: m.to_unit_id })),
    // That the person answered, by the day: the answer itself is kept without anyone's name (issue 24).
    pulseChecksAnswered: pulseMarks.map((m) => ({ pulseId: m.id, title: m.title, answeredOn: m.marked_on })),
    sessions: sessions.map((s) => ({ createdAt: s.created_at, expiresAt: s.expires_at, revokedAt: s.revoked_at, lastSeenAt: s.last_seen_at })),
    devices: clients.map((c) => ({ clientId: c.client_id, firstSeen: c.created_at, changesSent: Number(c.last_mutation_id) })),
    calendarFeeds: feeds.map((f) => ({ createdAt: f.created_at, revokedAt: f.revoked_at })),
    // Where push messages go (the push service's address for this phone) and what was sent.
    pushSubscriptions: pushes.map((p) => ({ pushService: new URL(p.endpoint).origin, createdAt: p.created_at })),
    messages: messages.map((m) => ({ kind: m.kind, about: m.subject_id, dueAt: m.due_at, sentAt: m.sent_at, outcome: m.outcome })),
    // One row, as every other section is a list of rows: the defaults when never changed.
    messageSettings: [{
      channels: messageSettings.channels, quietHours: messageSettings.quietHours, quietFrom: messageSettings.quietFrom,
      quietUntil: messageSettings.quietUntil, language: messageSettings.language,
    }],
    auditTrail: audit.map((a) => ({
      at: a.at, action: a.action, byMe: a.actor_id === personId, subject: a.subject,
      before: JSON.parse(a.before) as unknown, after: JSON.parse(a.after) as unknown, device: a.device,
    })),
  };
}

export type MyData = NonNullable<Awaited<ReturnType<typeof collectMyData>>>;
