// The sign-out and hand-over warnings name both what is unsent and what is unfinished,
// counted the Danish way (Intl.PluralRules), English second; the sentence agrees with the total.
import { describe, expect, it } from 'vitest';
import { leftBehindWords } from '../../src/client/ui/components/left-behind';
import { translateCount } from '../../src/shared/i18n/plural';
import '../../src/shared/i18n/sections/me';
import '../../src/shared/i18n/sections/sign-in';

describe('what a sign-out would lose, in words', () => {
  it('counts changes and drafts and joins them', () => {
    expect(leftBehindWords('da', { changes: 2, drafts: 1 })).toBe('2 ændringer og 1 kladde');
    expect(leftBehindWords('da', { changes: 1, drafts: 0 })).toBe('1 ændring');
    expect(leftBehindWords('da', { changes: 0, drafts: 3 })).toBe('3 kladder');
    expect(leftBehindWords('en', { changes: 1, drafts: 2 })).toBe('1 change and 2 drafts');
  });

  it('says it in the sign-out dialog, agreeing with the total', () => {
    const say = (lang: 'da' | 'en', changes: number, drafts: number) =>
      translateCount(lang, 'signOutLoses', changes + drafts, { what: leftBehindWords(lang, { changes, drafts }) });
    expect(say('da', 2, 1)).toBe('2 ændringer og 1 kladde er ikke sendt endnu og går tabt.');
    expect(say('da', 1, 0)).toBe('1 ændring er ikke sendt endnu og går tabt.');
    expect(say('en', 0, 1)).toBe('1 draft is not sent yet and will be lost.');
    expect(say('en', 1, 1)).toBe('1 change and 1 draft are not sent yet and will be lost.');
  });

  it('says it in the hand-over dialog', () => {
    const what = leftBehindWords('da', { changes: 0, drafts: 1 });
    expect(translateCount('da', 'othersLeft', 1, { what, name: 'Anna' }))
      .toBe('Telefonen har 1 kladde fra Anna, som ikke er sendt endnu. Den bliver aldrig sendt i dit navn eller vist for dig. Skal den gemmes, til Anna logger ind på telefonen igen?');
    expect(translateCount('en', 'othersLeft', 3, { what: leftBehindWords('en', { changes: 2, drafts: 1 }), name: 'Anna' }))
      .toMatch(/^This phone has 2 changes and 1 draft from Anna that are not sent yet\. They are never sent/);
  });
});
