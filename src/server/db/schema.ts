// Table shapes as Kysely sees them. Booleans are 0/1 integers and lists are JSON text,
// so SQLite and PostgreSQL share one code path. Every synced table has `version`
// (from the global counter) and `deleted` (a tombstone kept for pull). Status and kind
// columns carry the shared picklists' types: a mutator cannot write a value no device reads.
import type { Generated } from 'kysely';
import type { AuditAction, DeviceKind, SignInMethod } from '../../shared/audit';
import type { NotificationKind } from '../../shared/notifications/kinds';
import type { MessageLanguage } from '../../shared/notifications/settings';
import type {
  CoreKnowledge, Learning, Membership, Network, NetworkTask, PersonCompetence, PulseScopeKind, Seminar, Signup, Visibility,
} from '../../shared/entities';

/** A learning's audience as stored: the kind, and for 'network' the id in `visibility_network_id`. */
export type StoredVisibility = Exclude<Visibility, { network: string }> | 'network';

interface Synced {
  id: string;
  version: number;
  deleted: number;
}

export interface AreaTable extends Synced { name: string }
export interface UnitTable extends Synced { area_id: string; name: string }
export interface PersonTable extends Synced {
  name: string;
  email: string;
  title: string;
  phone: string;
  phone_hidden: number;
  bio: string;
  unit_id: string;
  roles: string;
  knowledge_sharer: number;
  /** HR's employee number (the organisation import matches on it), null until a file names it. */
  employee_number: string | null;
  /** The version at which what this person may see last changed: older cursors get a reset. */
  scope_version: number;
  /** When they were deactivated (null while active, and once purged): retention counts from it. */
  deactivated_at: string | null;
}
export interface CompetenceTable extends Synced {
  name: string;
  category: string;
  synonyms: string;
  description: string;
  /** 1: hidden from pickers, kept on those who hold it. */
  retired: number;
  /** Set on a competence merged into another (then `deleted`): where its registrations went. */
  merged_into: string | null;
}
export interface PersonCompetenceTable extends Synced {
  person_id: string;
  competence_id: string;
  level: PersonCompetence['level'];
  can_help: number;
  note: string;
  updated_at: string;
}
export interface NetworkTable extends Synced {
  name: string;
  description: string;
  kind: Network['kind'];
  join_policy: Network['joinPolicy'];
  created_by: string;
}
export interface MembershipTable extends Synced {
  network_id: string;
  person_id: string;
  status: Membership['status'];
  role: Membership['role'];
}
export interface NetworkTaskTable extends Synced {
  network_id: string;
  title: string;
  description: string;
  due: string | null;
  status: NetworkTask['status'];
  report: string;
  created_by: string;
  report_by: string | null;
  report_at: string | null;
}
export interface SeminarTable extends Synced {
  title: string;
  description: string;
  kind: Seminar['kind'];
  starts_at: string;
  ends_at: string;
  location: string;
  capacity: number;
  signup_deadline: string | null;
  network_id: string | null;
  dlo: string;
  competence_ids: string;
  organizer_id: string;
  status: Seminar['status'];
  checkin_code: string;
  confirmed_count: number;
  waitlist_count: number;
  /** The highest waitlist place handed out: above waitlist_count while places have gaps (waitlists/renumbering.ts). Server-only. */
  waitlist_last: number;
}
export interface SignupTable extends Synced {
  seminar_id: string;
  person_id: string;
  status: Signup['status'];
  position: number | null;
  checked_in_at: string | null;
  created_at: string;
}
/** Every check-in code a seminar has had; `valid_until` is set when a newer one replaced it. */
export interface CheckinCodeTable {
  seminar_id: string;
  code: string;
  valid_from: string;
  valid_until: string | null;
}
export interface CalendarFeedTable {
  token_hash: string;
  person_id: string;
  created_at: string;
  revoked_at: string | null;
}
/** A person's view of a network changed at `version` (joined, left, coordinator or not). */
export interface ScopeChangeTable {
  person_id: string;
  version: number;
  network_id: string;
}
export interface LearningTable extends Synced {
  author_id: string;
  /** The author's name when written: shown once the author has left (their person row gone). */
  author_name: Generated<string>;
  title: string;
  body: string;
  application: string;
  source_kind: Learning['sourceKind'];
  seminar_id: string | null;
  competence_ids: string;
  dlo: string;
  visibility: StoredVisibility;
  visibility_network_id: string | null;
  /** The author's unit when written: 'unit' visibility means this unit. */
  unit_id: string;
  conflicts: string;
  created_at: string;
  updated_at: string;
  /** The learning's own revision (1, 2, …): sent as `version`, returned as `baseVersion`. */
  revision: Generated<number>;
}
/** The audience a learning had before its visibility changed at `version`. */
export interface LearningRetractionTable {
  learning_id: string;
  version: number;
  visibility: StoredVisibility;
  visibility_network_id: string | null;
  unit_id: string;
}
/** A person moved from one unit to another at `version`. */
export interface UnitMoveTable {
  person_id: string;
  version: number;
  from_unit_id: string;
  to_unit_id: string;
}
export interface CoreKnowledgeTable extends Synced {
  unit_id: string;
  competence_id: string;
  need_now: number;
  need_in_5_years: number;
  note: string;
  /** 1–3: holders count towards the need from this level up (2 unless set). */
  level: Generated<CoreKnowledge['level']>;
}
/** One per unit (id = unit id): the leader's strategy and the last learning meeting. */
export interface UnitPlanTable extends Synced {
  unit_id: string;
  strategy: string;
  last_learning_meeting_at: string | null;
  updated_at: string;
}
/** One per person (id = person id): their choices for messages outside the app (shared/notifications/settings.ts). */
export interface NotificationSettingsTable extends Synced {
  person_id: string;
  /** JSON: the topics chosen away from their default, topic → channel. */
  channels: string;
  quiet_hours: number;
  quiet_from: number;
  quiet_until: number;
  language: MessageLanguage;
  updated_at: string;
}

export interface VersionCounterTable { id: number; value: number }
export interface ClientTable { client_id: string; person_id: string; last_mutation_id: number; created_at: string }
export interface SessionTable {
  token_hash: string;
  person_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** Touched at most every few minutes: a session unused for too long is refused. */
  last_seen_at: string | null;
  /** How it began (null: before this was kept); a work-account session may end at the provider too. */
  method: SignInMethod | null;
}
export interface MutationRefusalTable { client_id: string; mutation_id: number; code: string }
export interface ServerMetaTable { key: string; value: string }
/** One-time sign-in codes: several may be active per address, each with its own attempts. */
export interface SignInCodeTable {
  id: string;
  email: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  attempts: number;
  /** The hash of the nonce cookie of the browser that asked: only its guesses count, and only it may use the code. */
  nonce_hash: string;
}
/** Sign-in rate-limit counters (times in epoch ms), shared by every server process. */
export interface SignInLimitTable { key: string; hits: number; window_start: number; blocked_until: number; expires_at: number }

/** One line of the audit trail (db/audit-log.ts); before and after are JSON. */
export interface AuditLogTable {
  id: string; at: string; actor_id: string | null; actor: string; action: AuditAction; subject: string; before: string; after: string; device: DeviceKind;
}

/** A work-account sign-in under way (db/oidc-requests.ts). */
export interface OidcRequestTable { state: string; nonce: string; code_verifier: string; return_to: string; created_at: string }

/** A browser's push subscription, tied to the session that made it (db/push-subscriptions.ts). */
export interface PushSubscriptionTable { endpoint: string; person_id: string; session_hash: string; p256dh: string; auth: string; created_at: string }
/** A message to deliver outside the app (db/notification-queue.ts); `outcome` once it is done with. */
export interface NotificationQueueTable {
  id: string; dedupe_key: string; person_id: string; kind: NotificationKind; subject_id: string; due_at: string;
  attempts: Generated<number>; claimed_until: string | null; sent_at: string | null; outcome: NotificationOutcome | null; created_at: string;
}
/**
 * pushed; emailed (no live subscription, or the person's choice); no_channel (neither);
 * dropped (its subject is gone); gave_up (refused, or tried too often); turned_off (the
 * person's settings say none for its kind).
 */
export type NotificationOutcome = 'pushed' | 'emailed' | 'no_channel' | 'dropped' | 'gave_up' | 'turned_off';

export interface PulseTable extends Synced {
  title: string;
  scope_kind: PulseScopeKind;
  scope_id: string | null;
  opens_at: string;
  closes_at: string;
  closed_at: string | null;
  /** JSON: the characteristics asked about. */
  questions: string;
  opened_by: string;
  created_at: string;
  /** 1 while answers came in since the results were computed. Server-only. */
  results_due: Generated<number>;
}
/** One anonymous answer: no person, the day only (migrations/…-pulse-checks.ts). */
export interface PulseAnswerTable {
  id: string; pulse_id: string; key_hash: string; unit_id: string; area_id: string; answered_on: string; text: string | null;
  s1: number | null; s2: number | null; s3: number | null; s4: number | null; s5: number | null; s6: number | null;
  s7: number | null; s8: number | null; s9: number | null; s10: number | null; s11: number | null;
}
/** That a person has answered a pulse (never which answer is theirs). */
export interface PulseMarkTable { pulse_id: string; person_id: string; marked_on: string }
export interface PulseResultTable extends Synced {
  pulse_id: string;
  scope_kind: PulseScopeKind;
  scope_id: string | null;
  /** JSON: the scope's figures (shared/pulse/results.ts ScopeResult without its scope). */
  figures: string;
}

export interface Database {
  oidc_requests: OidcRequestTable;
  push_subscriptions: PushSubscriptionTable;
  notification_queue: NotificationQueueTable;
  areas: AreaTable;
  units: UnitTable;
  people: PersonTable;
  competences: CompetenceTable;
  person_competences: PersonCompetenceTable;
  networks: NetworkTable;
  memberships: MembershipTable;
  network_tasks: NetworkTaskTable;
  seminars: SeminarTable;
  signups: SignupTable;
  checkin_codes: CheckinCodeTable;
  calendar_feeds: CalendarFeedTable;
  scope_changes: ScopeChangeTable;
  learnings: LearningTable;
  learning_retractions: LearningRetractionTable;
  unit_moves: UnitMoveTable;
  core_knowledge: CoreKnowledgeTable;
  unit_plans: UnitPlanTable;
  notification_settings: NotificationSettingsTable;
  pulses: PulseTable;
  pulse_answers: PulseAnswerTable;
  pulse_marks: PulseMarkTable;
  pulse_results: PulseResultTable;
  version_counter: VersionCounterTable;
  clients: ClientTable;
  sessions: SessionTable;
  sign_in_codes: SignInCodeTable;
  sign_in_limits: SignInLimitTable;
  mutation_refusals: MutationRefusalTable;
  server_meta: ServerMetaTable;
  audit_log: AuditLogTable;
}
