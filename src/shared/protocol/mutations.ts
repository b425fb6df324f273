// Mutation names and their argument schemas: the fixed list of sync.md.
// Strict objects: an unknown field is refused, never silently dropped.
import * as v from 'valibot';
import {
  Dlo, Id, IsoDate, IsoTime, LevelSchema, NetworkKindSchema, JoinPolicySchema, SeminarKindSchema,
  SourceKindSchema, Uuid, Version, VisibilitySchema, RoleSchema, requiredText, longText, text,
} from '../entities';
import { ChannelChoicesSchema, Hour, MESSAGE_LANGUAGES } from '../notifications/settings';
import { PulseScopeKindSchema } from '../entities/pulse';
import { MIN_PULSE_QUESTIONS, PULSE_TEXT_MAX } from '../pulse/questions';

/** A pulse's answer to one question: 1–5, or 0 for "ved ikke". */
const PulseScoreSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5));
const DloKey = v.picklist(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);

const seminarFields = {
  title: requiredText(200),
  description: longText(4000),
  kind: SeminarKindSchema,
  startsAt: IsoTime,
  endsAt: IsoTime,
  location: text(200),
  capacity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100000)),
  signupDeadline: v.optional(v.nullable(IsoTime)),
  networkId: v.optional(v.nullable(Id)),
  dlo: v.optional(Dlo),
  competenceIds: v.optional(v.pipe(v.array(Id), v.maxLength(50))),
};

const need = v.pipe(v.number(), v.safeInteger());

export const mutationArgSchemas = {
  'profile.update': v.strictObject({
    title: v.optional(text(120)),
    phone: v.optional(v.pipe(text(40), v.regex(/^[+0-9 ()-]*$/))),
    phoneHidden: v.optional(v.boolean()),
    bio: v.optional(longText(2000)),
  }),
  'competence.set': v.strictObject({
    competenceId: Id,
    level: LevelSchema,
    canHelp: v.boolean(),
    note: v.optional(longText(500)),
  }),
  'competence.remove': v.strictObject({ competenceId: Id }),
  /** My choices for messages outside the app; only what is given changes (shared/notifications/settings.ts). */
  'notificationSettings.set': v.strictObject({
    channels: v.optional(ChannelChoicesSchema),
    quietHours: v.optional(v.boolean()),
    quietFrom: v.optional(Hour),
    quietUntil: v.optional(Hour),
    language: v.optional(v.picklist(MESSAGE_LANGUAGES)),
  }),

  'network.create': v.strictObject({
    id: Uuid,
    name: requiredText(160),
    description: longText(2000),
    kind: NetworkKindSchema,
    joinPolicy: JoinPolicySchema,
  }),
  'network.join': v.strictObject({ networkId: Id }),
  'network.leave': v.strictObject({ networkId: Id }),
  'network.approve': v.strictObject({ networkId: Id, personId: Id }),
  'network.decline': v.strictObject({ networkId: Id, personId: Id }),
  /** A coordinator makes a member coordinator, or a coordinator member again. */
  'network.setRole': v.strictObject({ networkId: Id, personId: Id, role: v.picklist(['member', 'coordinator']) }),
  /** A coordinator takes a member out of the network. */
  'network.removeMember': v.strictObject({ networkId: Id, personId: Id }),
  'networkTask.create': v.strictObject({
    id: Uuid,
    networkId: Id,
    title: requiredText(200),
    description: v.optional(longText(4000)),
    due: v.optional(v.nullable(IsoDate)),
  }),
  'networkTask.update': v.strictObject({
    id: Id,
    status: v.picklist(['open', 'done']),
    report: v.optional(longText(4000)),
  }),

  'seminar.create': v.strictObject({ id: Uuid, ...seminarFields }),
  'seminar.update': v.strictObject({
    id: Id,
    ...v.partial(v.object(seminarFields)).entries,
  }),
  'seminar.cancel': v.strictObject({ id: Id }),
  'signup.request': v.strictObject({ seminarId: Id }),
  'signup.cancel': v.strictObject({ seminarId: Id }),
  /** `scannedAt`: when the phone read the venue's code (it may sync hours later, offline). */
  checkin: v.strictObject({ seminarId: Id, code: requiredText(200), scannedAt: v.optional(IsoTime) }),
  /** The organizer ticks a participant present (or not) on the attendance list. */
  'attendance.set': v.strictObject({ seminarId: Id, personId: Id, present: v.boolean() }),
  /** A new check-in code for the venue's QR; the old one keeps working for a grace period. */
  'seminar.renewCheckinCode': v.strictObject({ id: Id, code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/)) }),

  'learning.create': v.strictObject({
    id: Uuid,
    title: requiredText(200),
    body: longText(10000),
    application: v.optional(longText(4000)),
    sourceKind: SourceKindSchema,
    seminarId: v.optional(v.nullable(Id)),
    competenceIds: v.optional(v.pipe(v.array(Id), v.maxLength(50))),
    dlo: v.optional(Dlo),
    visibility: VisibilitySchema,
  }),
  'learning.update': v.strictObject({
    id: Id,
    baseVersion: Version,
    title: v.optional(requiredText(200)),
    body: v.optional(longText(10000)),
    application: v.optional(longText(4000)),
    sourceKind: v.optional(SourceKindSchema),
    seminarId: v.optional(v.nullable(Id)),
    competenceIds: v.optional(v.pipe(v.array(Id), v.maxLength(50))),
    dlo: v.optional(Dlo),
    visibility: v.optional(VisibilitySchema),
    /** The `at` of each kept conflict the author merged into this text: the server drops exactly those. */
    resolvedConflicts: v.optional(v.pipe(v.array(IsoTime), v.maxLength(50))),
  }),
  'learning.delete': v.strictObject({ id: Id }),

  // Units (issue 11): needs are any whole number here, so that a slip (-1, 5000) reaches
  // the server and comes back refused with its own reason (need_out_of_range) in the
  // "Ikke gennemført" list, the leader's input kept, instead of failing on the phone.
  'coreKnowledge.set': v.strictObject({
    unitId: Id,
    competenceId: Id,
    needNow: need,
    needIn5Years: need,
    /** At least this level counts towards the need; 2 when absent. */
    level: v.optional(LevelSchema),
    note: v.optional(longText(1000)),
  }),
  'coreKnowledge.remove': v.strictObject({ unitId: Id, competenceId: Id }),
  'unit.setStrategy': v.strictObject({ unitId: Id, strategy: longText(4000) }),
  /** The leader records that the unit held "det lærende møde" (its learnings were presented). */
  'unit.markLearningMeeting': v.strictObject({ unitId: Id, heldAt: IsoTime }),
  /**
   * An admin's change to one person (issue 20): roles (everyone keeps `employee`), the
   * knowledge-sharer flag, their unit, active or not. Only what is given changes.
   */
  'admin.updatePerson': v.strictObject({
    personId: Id,
    roles: v.optional(v.pipe(v.array(RoleSchema), v.maxLength(4), v.check((roles) => roles.includes('employee'), 'Alle har rollen employee.'))),
    knowledgeSharer: v.optional(v.boolean()),
    unitId: v.optional(Id),
    active: v.optional(v.boolean()),
  }),
  /** An admin creates or renames an area (issue 20). */
  'admin.saveArea': v.strictObject({ id: Id, name: requiredText(200) }),
  /** An admin creates, renames or moves a unit to another area (issue 20). */
  'admin.saveUnit': v.strictObject({ id: Id, name: requiredText(200), areaId: Id }),
  /** An admin merges a unit into another: its people, core knowledge and learnings move (issue 20). */
  'admin.mergeUnits': v.strictObject({ fromId: Id, intoId: Id }),
  /**
   * An admin adds a competence to the catalogue or changes one: name, category, description,
   * synonyms (the search uses them), retired (hidden from pickers, kept on its holders).
   */
  'admin.saveCompetence': v.strictObject({
    id: Id,
    name: requiredText(120),
    category: requiredText(120),
    description: longText(2000),
    synonyms: v.pipe(v.array(requiredText(120)), v.maxLength(30)),
    retired: v.boolean(),
  }),
  /** An admin merges a duplicate competence into another: holders, core knowledge and tags move. */
  'admin.mergeCompetences': v.strictObject({ fromId: Id, intoId: Id }),
  /**
   * A pulse check (issue 24): a leader for their unit, an admin for an area or everyone.
   * `questions`: the characteristics asked about (all eleven when left out, else three or more).
   */
  'pulse.open': v.strictObject({
    id: Uuid,
    title: requiredText(120),
    scopeKind: PulseScopeKindSchema,
    scopeId: v.optional(v.nullable(Id)),
    opensAt: IsoTime,
    closesAt: IsoTime,
    questions: v.optional(v.pipe(Dlo, v.minLength(MIN_PULSE_QUESTIONS), v.check((list) => new Set(list).size === list.length))),
  }),
  /** Ends a pulse before its closing time (its opener, or an admin). */
  'pulse.close': v.strictObject({ id: Id }),
  /**
   * One person's answer, anonymous: `key` is a secret the device keeps, the only way back
   * to the answer (to change it until the pulse closes); the server stores its hash and
   * never who answered it. `scores`: per characteristic asked ("1".."11"), 1–5 or 0 (ved ikke).
   */
  'pulse.answer': v.strictObject({
    pulseId: Id,
    key: Uuid,
    scores: v.record(DloKey, PulseScoreSchema),
    text: v.optional(longText(PULSE_TEXT_MAX)),
  }),
} as const;

export type MutationName = keyof typeof mutationArgSchemas;
export const MUTATION_NAMES = Object.keys(mutationArgSchemas) as MutationName[];
export type MutationArgs<N extends MutationName> = v.InferOutput<(typeof mutationArgSchemas)[N]>;

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutationArgSchemas, name);
}

/** A mutation as the client keeps it in its outbox and sends it. */
export type Mutation<N extends MutationName = MutationName> = {
  [K in N]: { id: number; name: K; args: MutationArgs<K> };
}[N];
