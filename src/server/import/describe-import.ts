// An import as the command prints it without --json: what was read, each refused line, and
// what changes (or would change, in a dry run) — new areas and units, new people, moves,
// changed fields, new leaders, people back, leavers — in Danish, from the same preview the
// import screen shows.
import type { ImportResult } from './run-import';
import type { PersonField } from '../../shared/organisation-import/preview';

const FIELD_LABEL: Record<PersonField, string> = {
  employeeNumber: 'medarbejdernr', name: 'navn', email: 'e-mail', title: 'stilling', phone: 'telefon', roles: 'roller',
};

/** A heading with its count, and the entries the preview holds ("… og N mere" for the rest). */
function section(title: string, total: number, items: readonly string[]): string[] {
  if (total === 0) return [];
  const lines = [`${title} (${total}):`, ...items.map((item) => `  ${item}`)];
  if (total > items.length) lines.push(`  … og ${total - items.length} mere`);
  return lines;
}

export function describeImport({ summary, table, preview }: ImportResult, dryRun: boolean): string {
  const out: string[] = [];
  if (table) {
    const how = table.kind === 'xlsx' ? 'Excel (XLSX)' : `CSV, ${table.encoding}, adskilt med ${table.delimiter === '\t' ? 'tabulator' : `"${table.delimiter}"`}`;
    out.push(`Læst som ${how}.`);
  }
  for (const error of summary.errors) out.push(`Fejl${error.line ? ` på linje ${error.line}` : ''}: ${error.message}`);
  for (const warning of summary.warnings) out.push(`Bemærk${warning.line ? `, linje ${warning.line}` : ''}: ${warning.message}`);
  if (preview) {
    out.push(
      ...section('Nye områder', summary.areas.created, preview.areas),
      ...section('Nye enheder', summary.units.created, preview.units.map((u) => `${u.name} (${u.area || 'eksisterende område'})`)),
      ...section('Nye medarbejdere', summary.created, preview.created.map((p) => `${p.name} <${p.email}>, ${p.unit}`)),
      ...section('Flytter enhed', summary.moved, preview.moved.map((m) => `linje ${m.line}, ${m.name}: ${m.from} → ${m.to}`)),
      ...section('Ændrede oplysninger', summary.updated, preview.changed.map((c) =>
        `linje ${c.line}, ${c.name}: ${c.fields.map((f) => `${FIELD_LABEL[f.field]} ${f.before || '–'} → ${f.after || '–'}`).join('; ')}`)),
      ...section('Nye ledere', preview.leaders.length, preview.leaders.map((l) => `linje ${l.line}, ${l.name}`)),
      ...section('Aktiveres igen', summary.reactivated, preview.reactivated.map((r) => `linje ${r.line}, ${r.name}`)),
      ...section('Ikke længere i filen – deaktiveres', summary.deactivated, preview.deactivated.map((p) => `${p.name} <${p.email}>`)),
    );
  }
  const counts = `${summary.created} nye, ${summary.moved} flyttet, ${summary.updated} ændret, ${summary.deactivated} deaktiveret, `
    + `${summary.reactivated} aktiveret igen, ${summary.unchanged} uændret; ${summary.units.created} nye enheder, ${summary.areas.created} nye områder.`;
  if (summary.written) out.push(`Importeret: ${counts}`);
  else if (summary.errors.length > 0) out.push(`Intet er skrevet: ret fejlene i filen, og kør importen igen. (${counts})`);
  else out.push(`${dryRun ? 'Prøvekørsel – intet er skrevet' : 'Intet skrevet'}: ${counts}`);
  return out.join('\n');
}
