// Headers of HR files, in Danish or English, any case and accents; and each line's checks.
import { describe, expect, it } from 'vitest';
import { columnOf, headerKey } from '../../src/shared/organisation-import/columns';
import { readImportLines } from '../../src/server/import/import-lines';

const rows = (...lines: string[][]) => lines.map((cells, i) => ({ line: i + 1, cells }));

describe('columns by header', () => {
  it('matches Danish and English names whatever the case, accents, spaces and hyphens', () => {
    expect(['E-mail', 'EMAIL', ' e_mail ', 'Mail'].map((h) => columnOf(h))).toEqual(['email', 'email', 'email', 'email']);
    expect(['Område', 'OMRÅDE', 'omrade', 'Area'].map((h) => columnOf(h))).toEqual(['area', 'area', 'area', 'area']);
    expect(['Medarbejdernr.', 'employee_id', 'Employee ID'].map((h) => columnOf(h))).toEqual(['employeeNumber', 'employeeNumber', 'employeeNumber']);
    expect(['Leder', 'leader', 'Stilling', 'Enhed', 'Navn', 'Telefon'].map((h) => columnOf(h))).toEqual(['leader', 'leader', 'title', 'unit', 'name', 'phone']);
    expect(columnOf('Lønramme')).toBeNull();
    expect(headerKey('Ærø Købstad')).toBe('aero_kobstad');
  });

  it('lets a header mapped by hand win over the built-in names', () => {
    expect(columnOf('Afdelingsnavn', { afdelingsnavn: 'unit' })).toBe('unit');
    expect(columnOf('Mail', { MAIL: 'phone' })).toBe('phone');
  });
});

describe('the lines of a file', () => {
  const header = ['Navn', 'E-mail', 'Stilling', 'Enhed', 'Område', 'Leder'];

  it('reads each line, with e-mails in lower case and the leader flag as ja/nej, x or 1/0', () => {
    const read = readImportLines(rows(header, ['Anna', 'Anna@Fjordby.dk', 'SSH', 'Team 1', 'Ældre', 'x'], ['Bo', 'bo@fjordby.dk', '', 'Team 1', 'Ældre', '']));
    expect(read.errors).toEqual([]);
    expect(read.has).toEqual({ employeeNumber: false, phone: false, leader: true });
    expect(read.lines).toEqual([
      { line: 2, employeeNumber: null, name: 'Anna', email: 'anna@fjordby.dk', title: 'SSH', unit: 'Team 1', area: 'Ældre', phone: null, leader: true },
      { line: 3, employeeNumber: null, name: 'Bo', email: 'bo@fjordby.dk', title: '', unit: 'Team 1', area: 'Ældre', phone: null, leader: false },
    ]);
  });

  it('refuses each bad line with its own code, and names the other line of a duplicate', () => {
    const read = readImportLines(rows(
      header,
      ['', 'a@x.dk', 'SSH', 'T', 'Ä', ''],
      ['B', 'b@x', 'SSH', 'T', 'Ä', ''],
      ['C', 'c@x.dk', 'SSH', 'T', 'Ä', 'måske'],
      ['D', 'C@X.DK', 'SSH', 'T', 'Ä', ''],
      ['E', 'e@x.dk', 'S\u200BSH', 'T', 'Ä', ''],
      ['F', 'f@x.dk', '@SUM(A1)', 'T', '', ''],
      ['G', 'g@x.dk', '=1+1', 'T', 'Ä', ''],
    ));
    expect(read.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'import_missing_value'], [3, 'import_invalid_email'], [4, 'import_invalid_leader'], [5, 'import_duplicate_email'],
      [6, 'import_invalid_text'], [7, 'import_unit_without_area'], [8, 'import_formula'],
    ]);
    expect(read.errors[3]!.message).toBe('Også på linje 4: Samme e-mailadresse står på en anden linje i filen. Hver medarbejder skal have sin egen.');
    expect(read.lines).toEqual([]);
  });

  it('names the required columns a file lacks', () => {
    const read = readImportLines(rows(['Navn', 'Mail'], ['A', 'a@x.dk']));
    expect(read.errors).toEqual([expect.objectContaining({ line: 1, code: 'import_missing_columns', message: expect.stringMatching(/^Mangler stilling, enhed, område: /) })]);
  });
});
