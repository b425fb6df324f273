// Every message exists in Danish and English, non-empty, with the same placeholders.
import { describe, expect, it } from 'vitest';
import { firstPaintCatalogue } from '../../src/shared/i18n/messages-en';
import { messages, translate } from '../../src/shared/i18n/messages';
import { networkMessages } from '../../src/shared/i18n/sections/networks';
import { eventMessages } from '../../src/shared/i18n/sections/events';
import { errorMessages, errorMessage } from '../../src/shared/protocol';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['UI messages', firstPaintCatalogue],
  ['Netværk messages', networkMessages as Record<string, { da: string; en: string }>],
  ['Arrangementer messages', eventMessages as Record<string, { da: string; en: string }>],
  ['error messages', errorMessages as Record<string, { da: string; en: string }>],
])('%s', (_name, catalogue) => {
  it('are complete in both languages with matching placeholders', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(entry.da.trim(), `${key} (da)`).not.toBe('');
      expect(entry.en.trim(), `${key} (en)`).not.toBe('');
      expect(placeholders(entry.da), key).toEqual(placeholders(entry.en));
    }
  });
});

describe('section catalogues', () => {
  it('share no key with the core catalogue or each other', () => {
    for (const key of Object.keys(networkMessages)) expect(Object.hasOwn(messages, key), key).toBe(false);
    for (const key of Object.keys(eventMessages)) {
      expect(Object.hasOwn(messages, key), key).toBe(false);
      expect(Object.hasOwn(networkMessages, key), key).toBe(false);
    }
  });

  it('are in the catalogue once their module has loaded', () => {
    expect(translate('da', 'networksMine')).toBe(networkMessages.networksMine.da);
  });
});

describe('translate', () => {
  it('defaults to Danish texts and fills placeholders', () => {
    expect(translate('da', 'pendingCount_other', { n: 3 })).toBe('3 ændringer venter');
    expect(translate('en', 'pendingCount_other', { n: 3 })).toBe('3 changes waiting');
    expect(errorMessage('competence_not_found')).toMatch(/^Kompetencen/);
  });
});
