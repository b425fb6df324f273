// Text hygiene of the shared schemas: what is refused (and by which rule), what is
// normalised, and a property test that nothing the rule accepts carries a refused character.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import fc from 'fast-check';
import { Id, longText, requiredText, text, textFault, TEXT_HYGIENE_MESSAGE } from '../../src/shared/entities';
import { TEXT_MARKS_MESSAGE } from '../../src/shared/entities/clean-text';
import { mutationArgSchemas } from '../../src/shared/protocol';
import { generateDemoData } from '../../src/server/seed/generate';

/** The first issue's message of a one-line text, or null when the text is accepted. */
function refusal(value: string): string | null {
  const result = v.safeParse(text(200), value);
  return result.success ? null : result.issues[0].message;
}

/** Refused by every schema, each saying so with `fault`, and with the hygiene message. */
function expectRefusedEverywhere(value: string, fault: string) {
  expect(textFault(value, false)).toBe(fault);
  expect(textFault(value, true)).toBe(fault);
  for (const schema of [text(50), longText(50), requiredText(50), Id]) expect(v.is(schema, value)).toBe(false);
  expect(refusal(value)).toBe(fault === 'marks' ? TEXT_MARKS_MESSAGE : TEXT_HYGIENE_MESSAGE);
}

describe('text hygiene', () => {
  it('normalises to NFC and trims', () => {
    const decomposed = 'A\u030Arhus  '; // "Århus" with a combining ring, as some keyboards send it
    expect(v.parse(text(50), decomposed)).toBe('\u00C5rhus');
    expect(v.parse(longText(50), ' linje 1\r\nlinje 2\rlinje 3\t! ')).toBe('linje 1\nlinje 2\nlinje 3\t!');
  });

  it.each([
    ['NUL', 'a\u0000b', 'control'],
    ['bell', 'a\u0007b', 'control'],
    ['escape', 'a\u001Bb', 'control'],
    ['C1 control', 'a\u0085b', 'control'],
    ['DEL', 'a\u007Fb', 'control'],
    ['lone high surrogate', 'a\uD83Db', 'surrogate'],
    ['lone low surrogate', 'a\uDE00b', 'surrogate'],
    ['right-to-left override', 'gnp\u202E.exe', 'bidi'],
    ['left-to-right embedding', 'a\u202Ab', 'bidi'],
    ['first-strong isolate', 'a\u2068b', 'bidi'],
    ['pop directional isolate', 'a\u2069b', 'bidi'],
    ['left-to-right mark (LRM)', 'a\u200Eb', 'bidi'],
    ['right-to-left mark (RLM)', 'a\u200Fb', 'bidi'],
    ['Arabic letter mark (ALM)', 'مر\u061Cحبا', 'bidi'],
    ['zero-width space', 'Anna\u200BHansen', 'format'],
    ['byte-order mark inside', 'An\uFEFFna', 'format'],
    ['byte-order mark first (before trimming)', '\uFEFFAnna', 'format'],
    ['soft hyphen', 'kommune\u00ADplan', 'format'],
    ['word joiner', 'a\u2060b', 'format'],
    ['interlinear annotation anchor U+FFF9', 'a\uFFF9b', 'format'],
    ['interlinear annotation separator U+FFFA', 'a\uFFFAb', 'format'],
    ['interlinear annotation terminator U+FFFB', 'a\uFFFBb', 'format'],
    ['tag characters hiding a text', 'Anna\u{E0068}\u{E0069}', 'tag'],
    ['a lone cancel tag', 'a\u{E007F}', 'tag'],
    ['the language tag', '\u{E0001}\u{E0064}\u{E0061}a', 'tag'],
    ['a flag whose tags are too few', '🏴\u{E0067}\u{E0062}\u{E007F}', 'tag'],
    ['a flag without its cancel tag', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}', 'tag'],
    ['Hangul filler U+3164', 'Anna\u3164', 'filler'],
    ['a name of Hangul filler only', '\u3164', 'filler'],
    ['halfwidth Hangul filler U+FFA0', 'a\uFFA0b', 'filler'],
    ['an unassigned code point (U+0378)', 'a\u0378b', 'unassigned'],
    ['a noncharacter (U+FDD0)', 'a\uFDD0b', 'unassigned'],
    ['the last noncharacter (U+10FFFF)', 'a\u{10FFFF}', 'unassigned'],
    ['a ZWJ at the start', '\u200DAnna', 'joiner'],
    ['a ZWJ at the end', 'Anna\u200D', 'joiner'],
    ['a ZWJ next to a space', 'Anna \u200DHansen', 'joiner'],
    ['a ZWJ between digits', '1\u200D2', 'joiner'],
    ['two ZWJ in a row', 'a\u200D\u200Db', 'joiner'],
    ['a ZWNJ at the end', 'Anna\u200C', 'joiner'],
    ['a ZWNJ between emoji', '👩\u200C⚕', 'joiner'],
    ['four combining marks on one letter', 'a\u0316\u0317\u0318\u0319', 'marks'],
    ['Zalgo text', 'Z\u0351\u036B\u0343\u036A\u0302a\u0336\u0350l', 'marks'],
  ] as const)('refuses %s in every kind of text', (_name, value, fault) => {
    expectRefusedEverywhere(value, fault);
  });

  it('refuses the line and paragraph separators in one-line texts, and makes them a newline in long ones', () => {
    for (const separator of ['\u2028', '\u2029']) {
      expect(textFault(`a${separator}b`, false)).toBe('separator');
      for (const schema of [text(50), requiredText(50), Id]) expect(v.is(schema, `a${separator}b`)).toBe(false);
      expect(refusal(`a${separator}b`)).toBe(TEXT_HYGIENE_MESSAGE);
      expect(v.parse(longText(50), `linje 1${separator}linje 2`)).toBe('linje 1\nlinje 2');
    }
  });

  it('accepts three combining marks in a row, and counts them after NFC', () => {
    expect(v.parse(text(50), 'e\u0323\u0302\u0301x')).toBe('ệ\u0301x'.normalize('NFC'));
    expect(textFault('a\u0316\u0317\u0318', false)).toBeNull();
    expect(v.is(text(50), 'a\u0316\u0317\u0318')).toBe(true);
    // Four marks as typed, but NFC makes A + ring one letter: three remain.
    expect(v.is(text(50), 'A\u030A\u0316\u0317\u0318')).toBe(true);
    expect(v.is(Id, 'a\u0316\u0317\u0318')).toBe(true);
  });

  it('keeps newline and tab in long texts only', () => {
    expect(v.is(longText(50), 'a\nb\tc')).toBe(true);
    expect(textFault('a\nb', false)).toBe('control');
    expect(textFault('a\tb', false)).toBe('control');
    expect(v.is(text(50), 'a\nb')).toBe(false);
    expect(v.is(text(50), 'a\tb')).toBe(false);
    expect(textFault('a\u000Bb', true)).toBe('control'); // vertical tab is no line break here
  });

  it('accepts real text: Danish letters, right-to-left scripts, Indic and Persian joiners', () => {
    for (const value of ['Æbleskiver på Ærø', 'Søren Øster Ålund', 'Zoë Čapek', 'Nguyễn Thị Ánh', 'مرحبا', 'שָׁלוֹם',
      'می\u200Cخواهم', 'क्\u200Dष', 'ශ්\u200Dරී', 'ที่นี่', '\uF8FF']) {
      expect(textFault(value, false)).toBeNull();
      expect(v.parse(text(50), value)).toBe(value.normalize('NFC'));
    }
  });

  it('accepts emoji: ZWJ sequences, skin tones, flags, subdivision flags, keycaps, and emoji newer than this Unicode', () => {
    for (const value of ['Demens 👩‍⚕️', '👩🏽‍⚕️', '👍🏿', '👨‍👩‍👧‍👦', '🧑🏻‍🤝‍🧑🏿', '🏳️‍🌈', '🏳️‍⚧️', '🏴‍☠️', '❤️‍🔥', '👩‍🦰',
      '🇩🇰', '1️⃣', '🏴󠁧󠁢󠁥󠁮󠁧󠁿 England', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', '\u{1F02C}']) {
      expect(textFault(value, false)).toBeNull();
      expect(v.parse(text(50), value)).toBe(value);
    }
  });

  it('counts the length after normalising', () => {
    expect(v.is(text(5), 'A\u030Abcdef')).toBe(false);
    expect(v.is(text(5), 'A\u030Abcde')).toBe(true); // 6 UTF-16 units before NFC, 5 after
  });

  it('reaches every free text of the mutations', () => {
    const bio = v.safeParse(mutationArgSchemas['profile.update'], { bio: 'hej\u0000' });
    expect(bio.success).toBe(false);
    const note = v.safeParse(mutationArgSchemas['competence.set'], { competenceId: 'demens', level: 1, canHelp: false, note: 'x\u202E' });
    expect(note.success).toBe(false);
    const id = v.safeParse(mutationArgSchemas['competence.remove'], { competenceId: 'dem\u200Bens' });
    expect(id.success).toBe(false);
    const title = v.safeParse(mutationArgSchemas['profile.update'], { title: 'SSA\u3164' });
    expect(title.success).toBe(false);
    const learning = v.safeParse(mutationArgSchemas['learning.create'], {
      id: crypto.randomUUID(), title: 'Titel 👩‍⚕️', body: 'Første linje\nAnden linje', sourceKind: 'course', visibility: 'private',
    });
    expect(learning.success).toBe(true);
  });

  it('passes every text of the demo data', () => {
    const data = generateDemoData({ people: 2000, seed: 1 });
    const faults: string[] = [];
    const visit = (value: unknown): void => {
      if (typeof value === 'string') {
        const fault = textFault(value, value.includes('\n'));
        if (fault) faults.push(`${fault}: ${JSON.stringify(value)}`);
      } else if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    };
    visit(data);
    expect(faults).toEqual([]);
  });
});

// The property test: an oracle that walks the accepted text code point by code point (not
// the rule's regular expressions) and lists every character the rules refuse.
const is = (pattern: RegExp, char: string | undefined) => char !== undefined && pattern.test(char);
const JOINABLE_LETTER = /^[\p{L}\p{M}]$/u;
const EMOJI_BEFORE_ZWJ = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;
const isTag = (cp: number) => cp >= 0xe0000 && cp <= 0xe007f;
const isFlagTag = (cp: number) => (cp >= 0xe0030 && cp <= 0xe0039) || (cp >= 0xe0061 && cp <= 0xe007a);

/** For each position: a tag character inside a well-formed flag (🏴, 3–7 tag letters or digits, cancel tag). */
function flagTags(chars: string[]): boolean[] {
  const inFlag = chars.map(() => false);
  chars.forEach((char, i) => {
    if (char !== '\u{1F3F4}') return;
    let end = i + 1;
    while (end < chars.length && isFlagTag(chars[end]!.codePointAt(0)!)) end++;
    const letters = end - i - 1;
    if (chars[end] === '\u{E007F}' && letters >= 3 && letters <= 7) for (let j = i + 1; j <= end; j++) inFlag[j] = true;
  });
  return inFlag;
}

function refusedCharacters(output: string, multiline: boolean): string[] {
  const chars = [...output];
  const inFlag = flagTags(chars);
  const found: string[] = [];
  let marks = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const cp = char.codePointAt(0)!;
    // A whole flag counts as its 🏴 for the joiner next to it.
    const before = inFlag[i - 1] ? '\u{1F3F4}' : chars[i - 1];
    const after = chars[i + 1];
    marks = /^\p{M}$/u.test(char) ? marks + 1 : 0;
    if (marks > 3) found.push(`mark run at ${i}`);
    if (cp >= 0xd800 && cp <= 0xdfff) found.push(`surrogate ${cp.toString(16)}`);
    else if (/^\p{Cc}$/u.test(char) && !(multiline && (char === '\n' || char === '\t'))) found.push(`control ${cp.toString(16)}`);
    else if (char === '\u2028' || char === '\u2029') found.push(`separator ${cp.toString(16)}`);
    else if (isTag(cp)) {
      if (!inFlag[i]) found.push(`tag ${cp.toString(16)}`);
    } else if (char === '\u200C') {
      if (!is(JOINABLE_LETTER, before) || !is(JOINABLE_LETTER, after)) found.push(`ZWNJ at ${i}`);
    } else if (char === '\u200D') {
      const okBefore = is(JOINABLE_LETTER, before) || is(EMOJI_BEFORE_ZWJ, before);
      const okAfter = is(JOINABLE_LETTER, after) || is(EMOJI, after);
      if (!okBefore || !okAfter) found.push(`ZWJ at ${i}`);
    } else if (/^\p{Cf}$/u.test(char)) found.push(`format ${cp.toString(16)}`);
    else if ([0x115f, 0x1160, 0x3164, 0xffa0].includes(cp)) found.push(`filler ${cp.toString(16)}`);
    else if (/^\p{Cn}$/u.test(char) && !EMOJI.test(char)) found.push(`unassigned ${cp.toString(16)}`);
  }
  return found;
}

const codePoint = (cp: number) => String.fromCodePoint(cp);
const flagTag = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0xe0061, max: 0xe007a }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xe0020, max: 0xe007e }) },
);
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'Æ', 'ø', 'å', 'م', 'ی', 'क', 'ष', ' ', '1', '\n', '\t', '\r', '.') },
  { weight: 3, arbitrary: fc.constantFrom('\u0301', '\u0323', '\u094D', '\uFE0F', '\u20E3') },
  { weight: 3, arbitrary: fc.constantFrom('\u200C', '\u200D') },
  { weight: 3, arbitrary: fc.constantFrom('👩', '⚕', '🏽', '🏴', '\u{1F02C}', '\u{E0067}', '\u{E0062}', '\u{E0065}', '\u{E007F}', '\u{E0020}') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('\u0000', '\u0085', '\u2028', '\u2029', '\u200B', '\u200E', '\u202E', '\u061C', '\uFEFF', '\u00AD',
      '\uFFF9', '\u3164', '\uFFA0', '\u0378', '\uFDD0', '\u{E0001}', '\uD800', '\uDFFF'),
  },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff).map(codePoint) },
  { weight: 1, arbitrary: fc.integer({ min: 0xe0000, max: 0xe007f }).map(codePoint) },
  // Flags, well-formed or not: 🏴, tag characters around the letters and digits, a cancel tag or none.
  {
    weight: 2,
    arbitrary: fc.tuple(fc.array(flagTag, { minLength: 2, maxLength: 8 }), fc.boolean())
      .map(([tags, cancel]) => `\u{1F3F4}${tags.map(codePoint).join('')}${cancel ? '\u{E007F}' : ''}`),
  },
);
const anyText = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('text hygiene, as a property', () => {
  it.each([
    ['a one-line text', text(200), false],
    ['an identifier', Id, false],
    ['a long text', longText(400), true],
  ] as const)('never accepts %s carrying a refused character, and accepts what it made again', (_name, schema, multiline) => {
    fc.assert(fc.property(anyText, (input) => {
      const result = v.safeParse(schema, input);
      if (!result.success) return;
      expect(refusedCharacters(result.output, multiline)).toEqual([]);
      expect(v.parse(schema, result.output)).toBe(result.output);
    }), { numRuns: 3000 });
  });

  it('refuses exactly what the oracle finds', () => {
    fc.assert(fc.property(anyText, fc.boolean(), (input, multiline) => {
      const value = multiline ? input.replace(/\r\n?|[\u2028\u2029]/g, '\n') : input;
      expect(textFault(value, multiline) === null).toBe(refusedCharacters(value, multiline).length === 0);
    }), { numRuns: 3000 });
  });
});
