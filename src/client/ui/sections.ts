// The app's sections, as the tab bar shows them, and what each route tells the top line.
// A section appears once it is built: adding one is one line in SECTIONS (its label and
// icon are ready below), plus its routes in router.tsx with `screen.section` set.
import type { MessageKey } from '../../shared/i18n/messages';
import type { IconName } from './components/icons';

export type SectionId = 'find' | 'networks' | 'events' | 'learning' | 'me';

/** A count the tab shows as a badge, only when there is something to read. */
export type SectionBadge = 'notices';

export interface Section {
  id: SectionId;
  /** The section's root path. */
  to: string;
  label: MessageKey;
  icon: IconName;
  badge?: SectionBadge;
}

export const SECTIONS: readonly Section[] = [
  { id: 'find', to: '/', label: 'tabFind', icon: 'search' },
  { id: 'networks', to: '/netvaerk', label: 'tabNetworks', icon: 'people' },
  { id: 'events', to: '/arrangementer', label: 'tabEvents', icon: 'calendar' },
  { id: 'learning', to: '/laering', label: 'tabLearning', icon: 'book' },
  { id: 'me', to: '/mig', label: 'tabMe', icon: 'person', badge: 'notices' },
];

/** What a route tells the top line (route `staticData.screen`). */
export interface ScreenInfo {
  title: MessageKey;
  /** The tab it belongs to; none for screens outside the sections (sign-in). */
  section: SectionId | null;
  /**
   * Where "back" leads when there is no page of this app to go back to (a deep link, an
   * installed app started there). Absent on a section's root, which has no back button.
   */
  up?: string;
  /** A link beside the title (Find: the competence catalogue). */
  action?: { to: string; label: MessageKey; icon: IconName };
  /**
   * The screen is drawn while the synced rows are still being read at start (LocalStore.open),
   * and copes with some missing. Any other waits for them, showing "Indlæser…".
   */
  beforeRowsLoaded?: true;
}

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    screen?: ScreenInfo;
  }
}

export function sectionOf(id: SectionId | null | undefined): Section | undefined {
  return SECTIONS.find((section) => section.id === id);
}
