// The scanner's section catalogue: complete in Danish and English, and no key shared with
// the core catalogue or another section (a clash would silently replace a text).
import { describe, expect, it } from 'vitest';
import { messages, translate } from '../../src/shared/i18n/messages';
import { eventMessages } from '../../src/shared/i18n/sections/events';
import { networkMessages } from '../../src/shared/i18n/sections/networks';
import { learningMessages } from '../../src/shared/i18n/sections/learning';
import { unitMessages } from '../../src/shared/i18n/sections/units';
import { scannerMessages } from '../../src/shared/i18n/sections/scanner';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('scanner texts', () => {
  it('are complete in both languages with matching placeholders', () => {
    for (const [key, entry] of Object.entries(scannerMessages)) {
      expect(entry.da.trim(), `${key} (da)`).not.toBe('');
      expect(entry.en.trim(), `${key} (en)`).not.toBe('');
      expect(placeholders(entry.da), key).toEqual(placeholders(entry.en));
    }
  });
  it('share no key with the core catalogue or the other sections', () => {
    for (const key of Object.keys(scannerMessages)) {
      for (const other of [messages, eventMessages, networkMessages, learningMessages, unitMessages]) expect(Object.hasOwn(other, key), key).toBe(false);
    }
  });
  it('are in the catalogue once the module has loaded, Danish first', () => {
    expect(translate('da', 'scanOpen')).toBe('Åbn');
    expect(translate('da', 'scanReadSignup', { title: 'Caféseminar' })).toBe('Læst: tilmelding til Caféseminar. Åbner…');
  });
});
