// The learning section's reads over the device's rows (pending changes on top): the
// feeds, the words a learning is searched by, and the lists other pages show. Kept with
// its screens, so the first paint's JavaScript does not carry them.
import type { Learning } from '../../../shared/entities/learning';
import type { Person } from '../../../shared/entities/organisation';
import type { LearningDoc } from '../../../shared/search/learning-index';
import type { UiLang } from '../../../shared/i18n/messages';
import { translate } from '../../../shared/i18n/messages';
import type { LocalStore } from '../../store/local-store';
import { dloKey, sourceKey } from './learning-words';
import { byTime } from '../../../shared/i18n/collate';

export const FEEDS = ['mine', 'unit', 'networks', 'all'] as const;
export type Feed = (typeof FEEDS)[number];

/** Who is looking: their unit and the networks they are an active member of. */
export interface Viewer { personId: string; unitId: string | null; networkIds: Set<string>; me: Person | undefined }

export function viewerOf(store: LocalStore, personId: string): Viewer {
  const me = store.get('person', personId);
  const networkIds = new Set(store.ofPerson('membership', personId).filter((m) => m.status === 'active').map((m) => m.networkId));
  return { personId, unitId: me?.unitId ?? null, networkIds, me };
}

/**
 * Whether a learning belongs in a feed. "Min enhed": shared with the unit (or the whole
 * municipality) by someone in my unit; "Mine netværk": shared with a network I am in.
 */
export function inFeed(store: LocalStore, learning: Learning, feed: Feed, viewer: Viewer): boolean {
  switch (feed) {
    case 'mine': return learning.authorId === viewer.personId;
    case 'unit':
      return learning.visibility !== 'private' && typeof learning.visibility === 'string'
        && viewer.unitId !== null && store.get('person', learning.authorId)?.unitId === viewer.unitId;
    case 'networks': return typeof learning.visibility === 'object' && viewer.networkIds.has(learning.visibility.network);
    case 'all': return true;
  }
}

/** Newest first: the order of every list of learnings. */
export const newestFirst = (a: Learning, b: Learning) => byTime(b.createdAt, a.createdAt) || a.id.localeCompare(b.id);

export function listLearnings(store: LocalStore): Learning[] {
  return store.all('learning').sort(newestFirst);
}

/** The words a learning is found by: its texts, and its tags in the reader's language. */
export function learningDoc(store: LocalStore, learning: Learning, lang: UiLang): LearningDoc {
  const tags = [
    ...learning.competenceIds.map((id) => store.get('competence', id)?.name ?? ''),
    ...learning.dlo.map((n) => translate(lang, dloKey(n))),
    translate(lang, sourceKey(learning.sourceKind)),
    store.get('person', learning.authorId)?.name ?? learning.authorName,
  ].join(' ');
  return { id: learning.id, title: learning.title, tags, texts: `${learning.body} ${learning.application}`, order: Date.parse(learning.createdAt) };
}

/** What the lists on other pages are about: an event, a network, a person, a competence. */
export type LearningsAbout =
  | { kind: 'seminar'; id: string }
  | { kind: 'network'; id: string }
  | { kind: 'person'; id: string }
  | { kind: 'competence'; id: string };

export function learningsAbout(store: LocalStore, about: LearningsAbout): Learning[] {
  const test = (learning: Learning): boolean => {
    switch (about.kind) {
      case 'seminar': return learning.seminarId === about.id;
      case 'network': return typeof learning.visibility === 'object' && learning.visibility.network === about.id;
      case 'person': return learning.authorId === about.id;
      case 'competence': return learning.competenceIds.includes(about.id);
    }
  };
  return store.all('learning').filter(test).sort(newestFirst);
}
