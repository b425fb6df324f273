// Runs the notice rules over one pulled page: each changed row of a watched type is seen
// as it was (the synced rows before the page) and as the page leaves it.
import type { EntityOf, EntityType } from '../../shared/entities';
import type { Change } from '../../shared/protocol';
import { noticeId, noticeKinds, type NoticeKindName, type NoticeRule } from './notice-kinds';
import { dueReflections } from './reflection';

export interface NoticeDraft {
  id: string;
  kind: NoticeKindName;
  vars: Record<string, string | number>;
}

type Reader = <T extends EntityType>(type: T, id: string) => EntityOf<T> | undefined;

/**
 * The rows as the page leaves them: its own rows first (any type), then what the device
 * had. Indexed on first use, by type then id (no key strings for 5,000 changes a page).
 */
export function readerAfter(changes: readonly Change[], before: Reader): Reader {
  let byType: Map<EntityType, Map<string, Change>> | null = null;
  return (type, id) => {
    if (!byType) {
      byType = new Map();
      for (const change of changes) {
        let ofType = byType.get(change.type);
        if (!ofType) byType.set(change.type, ofType = new Map());
        ofType.set(change.id, change);
      }
    }
    const change = byType.get(type)?.get(id);
    if (!change) return before(type, id);
    return change.op === 'put' ? (change.value as EntityOf<typeof type>) : undefined;
  };
}

const rulesByType = new Map<EntityType, [NoticeKindName, NoticeRule][]>();
for (const [kind, spec] of Object.entries(noticeKinds) as [NoticeKindName, { rule?: NoticeRule }][]) {
  if (!spec.rule) continue;
  rulesByType.set(spec.rule.type, [...(rulesByType.get(spec.rule.type) ?? []), [kind, spec.rule]]);
}

/**
 * `before` reads the synced rows as they were before the page. On a device's first sync
 * nothing was there before, so rules that look for a change of state (promoted, cancelled)
 * find nothing: a new phone does not bring up every old event at once.
 */
export function findNotices(changes: readonly Change[], before: Reader, personId: string, after = readerAfter(changes, before)): NoticeDraft[] {
  if (rulesByType.size === 0) return [];
  const page = new Map<string, Change>();
  for (const change of changes) if (rulesByType.has(change.type)) page.set(`${change.type}:${change.id}`, change);
  if (page.size === 0) return [];
  const drafts = new Map<string, NoticeDraft>();
  for (const change of page.values()) {
    for (const [kind, rule] of rulesByType.get(change.type) ?? []) {
      const found = rule.find(before(change.type, change.id), after(change.type, change.id), { personId, get: after });
      if (found) drafts.set(noticeId(kind, found.key), { id: noticeId(kind, found.key), kind, vars: found.vars });
    }
  }
  return [...drafts.values()];
}

/**
 * Notices that time alone makes due (the day after an event: "Hvad tog du med dig?"), from
 * the person's rows as the page leaves them (`signupIds`: mine before it); looked for at
 * every pull, even an empty one. Raising one twice keeps the first (store/notices.ts).
 */
export function findDueNotices(
  changes: readonly Change[], before: Reader, personId: string, signupIds: readonly string[], now = Date.now(), after = readerAfter(changes, before),
): NoticeDraft[] {
  const ids = new Set(signupIds);
  for (const change of changes) if (change.type === 'signup') ids.add(change.id);
  const signups = [...ids].flatMap((id) => {
    const signup = after('signup', id);
    return signup?.personId === personId ? [signup] : [];
  });
  return dueReflections(signups, (id) => after('seminar', id), now)
    .map((found) => ({ id: noticeId('reflection', found.key), kind: 'reflection', vars: found.vars }));
}
