// Unsent changes and unfinished drafts in one phrase, "2 ændringer og 1 kladde": the
// sign-out and hand-over warnings name both, so neither kind is ever lost unannounced.
import '../../../shared/i18n/sections/left-behind';
import type { UiLang } from '../../../shared/i18n/messages';
import { translateCount } from '../../../shared/i18n/plural';
import { formatList } from '../../../shared/i18n/lists';

export interface LeftBehind { changes: number; drafts: number }

/** The kinds there are some of, counted and joined ("1 ændring", "2 ændringer og 1 kladde"). */
export function leftBehindWords(lang: UiLang, { changes, drafts }: LeftBehind): string {
  const parts: string[] = [];
  if (changes > 0) parts.push(translateCount(lang, 'leftChanges', changes));
  if (drafts > 0) parts.push(translateCount(lang, 'leftDrafts', drafts));
  return formatList(lang, parts);
}
