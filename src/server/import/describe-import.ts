// An import as the command prints it without --json: what was read, each refused line, and
// what changes (or would change, in a dry run) — new people, moves, changed fields, leavers,
// new areas and units, new leaders — in Danish.
import type { ImportResult } from './run-import';
import type { PersonFields } from './plan-import';

const FIELD_LABEL: Record<keyof PersonFields, string> = {
  employeeNumber: 'medarbejdernr', name: 'navn', email: 'e-mail', title: 'stilling', phone: 'telefon', roles: 'roller',
};
/** At most this many names under each heading; the count says the rest. */
const LIST_MAX = 50;

function section(title: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, LIST_MAX).map((item) => `  ${item}`);
  if (items.length > LIST_MAX) shown.push(`  … og ${items.length - LIST_MAX} mere`);
  return [`${title} (${items.length}):`, ...shown];
}

const show = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value ?? '') || '–');

export function describeImport({ summary, table, plan }: ImportResult, dryRun: boolean): string {
  const out: string[] = [];
  if (table) {
    const how = table.kind === 'xlsx' ? 'Excel (XLSX)' : `CSV, ${table.encoding}, adskilt med ${table.delimiter === '\t' ? 'tabulator' : `"${table.delimiter}"`}`;
    out.push(`Læst som ${how}.`);
  }
  for (const error of summary.errors) out.push(`Fejl${error.line ? ` på linje ${error.line}` : ''}: ${error.message}`);
  for (const warning of summary.warnings) out.push(`Bemærk${warning.line ? `, linje ${warning.line}` : ''}: ${warning.message}`);
  if (plan) {
    out.push(
      ...section('Nye områder', plan.areas.map((a) => a.name)),
      ...section('Nye enheder', plan.units.map((u) => `${u.name} (${plan.areas.find((a) => a.id === u.areaId)?.name ?? 'eksisterende område'})`)),
      ...section('Nye medarbejdere', plan.create.map((p) => `${p.name} <${p.email}>`)),
      ...section('Flytter enhed', plan.change.filter((c) => c.move).map((c) => `linje ${c.line}: ${c.move!.fromLabel} → ${c.move!.toLabel}`)),
      ...section('Ændrede oplysninger', plan.change.filter((c) => Object.keys(c.fields).length > 0).map((c) =>
        `linje ${c.line}: ${Object.keys(c.fields).map((key) => {
          const field = key as keyof PersonFields;
          return `${FIELD_LABEL[field]} ${show(c.before[field])} → ${show(c.fields[field])}`;
        }).join('; ')}`)),
      ...section('Nye ledere', [...plan.create.filter((p) => p.roles.includes('leader')).map((p) => `${p.name} <${p.email}>`),
        ...plan.change.filter((c) => c.fields.roles?.includes('leader') && !c.before.roles?.includes('leader')).map((c) => `linje ${c.line}`)]),
      ...section('Aktiveres igen', plan.change.filter((c) => c.reactivate).map((c) => `linje ${c.line}`)),
      ...section('Ikke længere i filen – deaktiveres', plan.deactivate.map((p) => `${p.name} <${p.email}>`)),
    );
  }
  const counts = `${summary.created} nye, ${summary.moved} flyttet, ${summary.updated} ændret, ${summary.deactivated} deaktiveret, `
    + `${summary.reactivated} aktiveret igen, ${summary.unchanged} uændret; ${summary.units.created} nye enheder, ${summary.areas.created} nye områder.`;
  if (summary.written) out.push(`Importeret: ${counts}`);
  else if (summary.errors.length > 0) out.push(`Intet er skrevet: ret fejlene i filen, og kør importen igen. (${counts})`);
  else out.push(`${dryRun ? 'Prøvekørsel – intet er skrevet' : 'Intet skrevet'}: ${counts}`);
  return out.join('\n');
}
