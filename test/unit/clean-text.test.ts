// Text hygiene of the shared schemas: what is refused, what is normalised.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Id, longText, requiredText, text, textFault } from '../../src/shared/entities';
import { mutationArgSchemas } from '../../src/shared/protocol';

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
  ] as const)('refuses %s in every kind of text', (_name, value, fault) => {
    expect(textFault(value, false)).toBe(fault);
    expect(textFault(value, true)).toBe(fault);
    expect(v.is(text(50), value)).toBe(false);
    expect(v.is(longText(50), value)).toBe(false);
    expect(v.is(requiredText(50), value)).toBe(false);
    expect(v.is(Id, value)).toBe(false);
  });

  it('keeps newline and tab in long texts only', () => {
    expect(v.is(longText(50), 'a\nb\tc')).toBe(true);
    expect(v.is(text(50), 'a\nb')).toBe(false);
    expect(v.is(text(50), 'a\tb')).toBe(false);
  });

  it('accepts real text: Danish letters, emoji pairs, right-to-left scripts', () => {
    for (const value of ['Æbleskiver på Ærø', 'Demens 👩‍⚕️', 'مرحبا', 'שלום', 'Zoë Čapek']) {
      expect(v.parse(text(50), value)).toBe(value.normalize('NFC'));
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
    const id = v.safeParse(mutationArgSchemas['competence.remove'], { competenceId: 'dem\u0000ens' });
    expect(id.success).toBe(false);
    const learning = v.safeParse(mutationArgSchemas['learning.create'], {
      id: crypto.randomUUID(), title: 'Titel', body: 'Første linje\nAnden linje', sourceKind: 'course', visibility: 'private',
    });
    expect(learning.success).toBe(true);
  });
});
