// The first Intl object of a page loads the locale data: 40–130 ms on a phone (Chromium
// slowed 4×), paid by whatever formats a number or a date first, usually the first sync's
// progress count, on top of that task's own work (the longest task of a first start, issue
// 19). Made here instead, one per background task while the page is idle, each task short.
import { byDanish } from '../shared/i18n/collate';
import { formatClock, formatDay } from '../shared/i18n/dates';
import type { UiLang } from '../shared/i18n/messages';
import { formatNumber, translateCount } from '../shared/i18n/plural';
import { afterUrgentWork } from './give-way';

const A_DAY = 86_400_000;

/** One Intl object each (the ones the first screens use), so that each task stays short. */
const STEPS: ((lang: UiLang) => unknown)[] = [
  () => byDanish('a', 'b'),
  (lang) => formatNumber(lang, 1),
  (lang) => translateCount(lang, 'firstSyncPeople', 1),
  (lang) => formatClock(lang, Date.now()),
  (lang) => formatDay(lang, Date.now()),
  (lang) => formatDay(lang, Date.now() + 3 * A_DAY),
];

/** Makes the Intl objects the screens use, each in a background task of its own. */
export async function warmIntl(lang: UiLang): Promise<void> {
  for (const step of STEPS) {
    await afterUrgentWork();
    step(lang);
  }
}
