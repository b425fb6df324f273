// Small pieces the learning screens share: the words for a source, a DLO characteristic,
// who can see a learning, and counts ("1 læring", "3 læringer").
import '../../../shared/i18n/sections/learning';
import type { Learning, Visibility } from '../../../shared/entities/learning';
import type { MessageKey, UiLang } from '../../../shared/i18n/messages';
import { translateCount } from '../../../shared/i18n/plural';
import type { LocalStore } from '../../store/local-store';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The 11 characteristics of the learning organisation, as the plan numbers them. */
export const DLO_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;

export const sourceKey = (kind: Learning['sourceKind']) => `learnSource_${kind}` as MessageKey;
export const dloKey = (n: number) => `dlo_${n}` as MessageKey;

/** "Kun mig", "Min enhed", "Netværk: Demensnetværket", "Hele kommunen". */
export function visibilityWords(t: Translate, store: LocalStore, visibility: Visibility): string {
  if (typeof visibility === 'string') return t(`learnVis_${visibility}` as MessageKey);
  return t('learnVisNetworkNamed', { name: store.get('network', visibility.network)?.name ?? visibility.network });
}

/** A count in words: the section's `_one`/`_other` pair by the language's plural rules. */
export function countWords(lang: UiLang, key: 'learnCount', n: number): string {
  return translateCount(lang, key, n);
}
