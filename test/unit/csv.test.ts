// The one CSV writer (src/shared/csv.ts) and the two exports that use it: the event's
// participant list and the unit's competence gap. Danish Excel reads them, and a cell
// typed by anyone must never run as a formula there (OWASP CSV injection).
import { describe, expect, it } from 'vitest';
import { buildCsv, csvCell } from '../../src/shared/csv';
import { participantsCsv, type ParticipantRow } from '../../src/client/ui/events/participants-csv';
import { gapCsv } from '../../src/client/ui/units/gap-csv';
import type { GapEntry } from '../../src/client/units/unit-page-data';
import type { Signup } from '../../src/shared/entities/seminar';
import { translate, type MessageKey } from '../../src/shared/i18n/messages';

const t = (key: MessageKey, vars?: Record<string, string | number>) => translate('da', key, vars);
/** The lines of a file, after checking its byte-order mark and CRLF line ends. */
function linesOf(csv: string): string[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('a CSV cell', () => {
  it.each([
    ['=', '=HYPERLINK("http://x.example";"klik")', `"'=HYPERLINK(""http://x.example"";""klik"")"`],
    ['+', '+cmd|\' /C calc\'!A0', `'+cmd|' /C calc'!A0`],
    ['-', '-2+3+cmd|\' /C calc\'!A0', `'-2+3+cmd|' /C calc'!A0`],
    ['@', '@SUM(1+9)*cmd|\' /C calc\'!A0', `'@SUM(1+9)*cmd|' /C calc'!A0`],
    ['tab', '\t=1+1', `'\t=1+1`],
    ['carriage return', '\r=1+1', `"'\r=1+1"`],
  ])('puts a \' before a text starting with %s, so it stays text', (_first, value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('leaves those characters alone later in a text', () => {
    expect(csvCell('Anna=Bo')).toBe('Anna=Bo');
    expect(csvCell('Hans-Peter')).toBe('Hans-Peter');
    expect(csvCell('anna@fjordby.example')).toBe('anna@fjordby.example');
    expect(csvCell("'allerede citeret")).toBe("'allerede citeret");
  });

  it('quotes a cell with ";" or quotes, doubling the quotes', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('sagde "hej"')).toBe('"sagde ""hej"""');
    expect(csvCell('"')).toBe('""""');
  });

  it('quotes a cell with a line break (LF, CRLF or CR) and keeps the break inside the quotes', () => {
    expect(csvCell('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvCell('to\r\nlinjer')).toBe('"to\r\nlinjer"');
    expect(csvCell('to\rlinjer')).toBe('"to\rlinjer"');
  });

  it('quotes a cell with spaces at its ends, which Excel would otherwise lose', () => {
    expect(csvCell(' x')).toBe('" x"');
    expect(csvCell('x ')).toBe('"x "');
  });

  it('writes numbers as numbers: a counted "-2" is not a formula and stays a number', () => {
    expect(csvCell(12)).toBe('12');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(2.5)).toBe('2.5');
    expect(csvCell('-2')).toBe("'-2"); // typed text that looks like a number is still text
  });

  it('writes empty cells for null, undefined and the empty text, and booleans as words', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('')).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('keeps Danish letters and emoji as they are', () => {
    expect(csvCell('Ærø Åbenrå ø')).toBe('Ærø Åbenrå ø');
    expect(csvCell('Demens 👩‍⚕️')).toBe('Demens 👩‍⚕️');
  });
});

describe('a CSV file', () => {
  it('starts with a BOM, separates cells with ";" and ends every line with CRLF', () => {
    const csv = buildCsv(['Navn', 'Fremmødt'], [['Anna Ærø', 'ja'], ['Bo', null]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Navn;Fremmødt\r\nAnna Ærø;ja\r\nBo;\r\n');
  });

  it('writes just the header line when there are no rows', () => {
    expect(buildCsv(['Navn'], [])).toBe('\uFEFFNavn\r\n');
  });
});

const signup = (over: Partial<Signup>): Signup => ({
  id: 's-1:p', seminarId: 's-1', personId: 'p', status: 'confirmed', position: null, checkedInAt: null, createdAt: '2026-11-01T10:00:00.000Z', ...over,
});

describe('the participant list export', () => {
  it('writes name, e-mail, status, waiting-list place and present, through the shared writer', () => {
    const rows: ParticipantRow[] = [
      { row: signup({ personId: 'p-anna', checkedInAt: '2026-11-02T09:00:00.000Z' }), person: { name: 'Anna Ærø', email: 'anna@fjordby.example' } },
      { row: signup({ personId: 'p-bo', status: 'waitlisted', position: 2 }), person: { name: 'Bo; "Bosse"', email: 'bo@fjordby.example' } },
      { row: signup({ personId: 'p-gone' }), person: undefined },
    ];
    expect(linesOf(participantsCsv(rows, t))).toEqual([
      'Navn;E-mail;Status;Plads på venteliste;Mødt',
      'Anna Ærø;anna@fjordby.example;Bekræftet;;Ja',
      '"Bo; ""Bosse""";bo@fjordby.example;Venteliste;2;Nej',
      'p-gone;;Bekræftet;;Nej',
    ]);
  });

  it('writes a name typed as a formula as text', () => {
    const rows: ParticipantRow[] = [
      { row: signup({ personId: 'p-x' }), person: { name: '=HYPERLINK("http://evil.example";"Anna")', email: '@SUM(A1)' } },
      { row: signup({ personId: 'p-y' }), person: { name: '+cmd|\' /C calc\'!A0', email: '-1+1' } },
    ];
    const [, first, second] = linesOf(participantsCsv(rows, t));
    expect(first).toBe(`"'=HYPERLINK(""http://evil.example"";""Anna"")";'@SUM(A1);Bekræftet;;Nej`);
    expect(second).toBe(`'+cmd|' /C calc'!A0;'-1+1;Bekræftet;;Nej`);
  });
});

const gapEntry = (over: Partial<GapEntry>): GapEntry => ({
  competenceId: 'demens', level: 2, needNow: 2, needIn5Years: 3, note: '', byLevel: [1, 2, 0], holders: 2, holderIds: ['p-a', 'p-b'],
  shortNow: 0, shortIn5Years: 1, risk: null, pending: false, suggestions: null,
  competence: { id: 'demens', name: 'Demens', category: 'Sundhed', synonyms: [], description: '' },
  ...over,
});

describe('the competence gap export', () => {
  it('writes one line per competence with its levels, needs, shortfalls, risk and note, through the shared writer', () => {
    const rows = [
      gapEntry({ note: 'Nattevagter; især' }),
      gapEntry({ competenceId: 'forflytning', competence: undefined, level: 1, needNow: 1, needIn5Years: 1, byLevel: [1, 0, 0], holders: 1, shortIn5Years: 0, risk: 'one', note: 'to\nlinjer' }),
    ];
    expect(linesOf(gapCsv(rows, t))).toEqual([
      'Kompetence;Niveau;Kan det;Niveau 1;Niveau 2;Niveau 3;Behov i dag;Mangler i dag;Behov om 5 år;Mangler om 5 år;Sårbar;Note',
      'Demens;2;2;1;2;0;2;0;3;1;nej;"Nattevagter; især"',
      'forflytning;1;1;1;0;0;1;0;1;0;ja;"to\nlinjer"',
    ]);
  });

  it('writes a note or competence name typed as a formula as text', () => {
    const rows = [gapEntry({ competence: { id: 'x', name: '@SUM(1+1)', category: '', synonyms: [], description: '' }, note: '=1+1' })];
    const [, line] = linesOf(gapCsv(rows, t));
    expect(line).toBe("'@SUM(1+1);2;2;1;2;0;2;0;3;1;nej;'=1+1");
  });
});
