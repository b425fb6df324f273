// The kinds of notice sync can raise for the user ("Beskeder" on Mig), each with its words
// and the rule that spots it in pulled rows. A section adds a kind here: one entry, plus its
// message in src/shared/i18n/messages.ts. Not-accepted changes are notices too, but they
// come from the `rejected` store as they are (store/queries.ts: listNotices).
import type { EntityOf, EntityType } from '../../shared/entities';
import { membershipId, signupId } from '../../shared/entities';
import type { MessageKey } from '../../shared/i18n/messages';
import '../../shared/i18n/sections/me';
import '../../shared/i18n/sections/learning-notices';
import '../../shared/i18n/sections/networks';

/** What a rule may read besides the row it looks at: the device's rows after the page. */
export interface NoticeContext {
  personId: string;
  get<T extends EntityType>(type: T, id: string): EntityOf<T> | undefined;
}

/** A notice a rule found: `key` makes its id, so the same occasion is raised only once. */
export interface NoticeFinding {
  key: string;
  vars: Record<string, string | number>;
}

/** Looks at one row as it was before a pulled page and as the page leaves it (undefined: absent or deleted). */
export interface NoticeRule<T extends EntityType = EntityType> {
  type: T;
  find(before: EntityOf<T> | undefined, after: EntityOf<T> | undefined, ctx: NoticeContext): NoticeFinding | null;
}

export interface NoticeKind {
  /** The notice's line; its vars come from the finding. */
  title: MessageKey;
  rule?: NoticeRule;
}

const rule = <T extends EntityType>(type: T, find: NoticeRule<T>['find']) => ({ type, find }) as unknown as NoticeRule;

export const noticeKinds = {
  // The server promoted me from the waitlist (signup.cancel by someone else, sync.md).
  waitlistPromoted: {
    title: 'noticeWaitlistPromoted',
    rule: rule('signup', (before, after, { personId, get }) =>
      after?.personId === personId && before?.status === 'waitlisted' && after.status === 'confirmed'
        ? { key: after.seminarId, vars: { name: get('seminar', after.seminarId)?.title ?? '' } }
        : null),
  },
  // A seminar I am signed up for (or waiting for) was cancelled.
  seminarCancelled: {
    title: 'noticeSeminarCancelled',
    rule: rule('seminar', (before, after, { personId, get }) => {
      if (before?.status !== 'scheduled' || after?.status !== 'cancelled') return null;
      const mine = get('signup', signupId(after.id, personId));
      return mine && mine.status !== 'cancelled' ? { key: after.id, vars: { name: after.title } } : null;
    }),
  },
  // Someone asked to join a network I coordinate: the request waits for me.
  networkRequest: {
    title: 'noticeNetworkRequest',
    rule: rule('membership', (before, after, { personId, get }) => {
      if (after?.status !== 'pending' || before?.status === 'pending' || after.personId === personId) return null;
      const mine = get('membership', membershipId(after.networkId, personId));
      if (mine?.status !== 'active' || mine.role !== 'coordinator') return null;
      return {
        key: after.id,
        vars: { person: get('person', after.personId)?.name ?? '', name: get('network', after.networkId)?.name ?? '', networkId: after.networkId, personId: after.personId },
      };
    }),
  },
  // A coordinator answered my request to join (network.approve / network.decline). Only a
  // request this device had seen waiting: the first sync of a new phone tells no old answers.
  networkApproved: {
    title: 'noticeNetworkApproved',
    rule: rule('membership', (before, after, { personId, get }) =>
      after?.personId === personId && before?.status === 'pending' && after.status === 'active'
        ? { key: after.id, vars: { name: get('network', after.networkId)?.name ?? '', networkId: after.networkId } }
        : null),
  },
  networkDeclined: {
    title: 'noticeNetworkDeclined',
    rule: rule('membership', (before, after, { personId, get }) =>
      after?.personId === personId && before?.status === 'pending' && after.status === 'declined'
        ? { key: after.id, vars: { name: get('network', after.networkId)?.name ?? '', networkId: after.networkId } }
        : null),
  },
  // After an event I attended: "Hvad tog du med dig?" (reflection.ts). Raised by time, not
  // by a row's change, so by find-notices.ts: findDueNotices. Its words are in
  // i18n/sections/learning-notices.ts, loaded with Mig (ui/learning/notice-extras).
  reflection: {
    title: 'noticeReflection',
  },
} satisfies Record<string, NoticeKind>;

export type NoticeKindName = keyof typeof noticeKinds;

export function isNoticeKind(kind: string): kind is NoticeKindName {
  return Object.hasOwn(noticeKinds, kind);
}

export const noticeId = (kind: NoticeKindName, key: string) => `${kind}:${key}`;
