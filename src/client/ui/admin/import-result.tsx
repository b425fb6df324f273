// What the import did or would do: one line that says which (a trial run, done, or the
// errors that stopped it), each refused line, and each kind of change with its count and,
// opened, the people it concerns.
import '../../../shared/i18n/sections/admin';
import type { ComponentChildren } from 'preact';
import './admin.css';
import { useT } from '../context';
import type { ImportReply } from '../../../shared/organisation-import/reply';
import type { PersonField } from '../../../shared/organisation-import/preview';
import type { MessageKey } from '../../../shared/i18n/messages';

const FIELD_WORD: Record<PersonField, MessageKey> = {
  employeeNumber: 'fieldEmployeeNumber', name: 'fieldName', email: 'fieldEmail', title: 'fieldTitle', phone: 'fieldPhone', roles: 'fieldRoles',
};

function Change({ title, total, items }: { title: string; total: number; items: ComponentChildren[] }) {
  const t = useT();
  if (total === 0) return null;
  return (
    <details class="import-change">
      <summary><span>{title}</span> <strong>{total}</strong></summary>
      <ul class="import-change__list">
        {items.map((item, i) => <li key={i}>{item}</li>)}
        {total > items.length && <li class="muted">{t.count('importMore', total - items.length)}</li>}
      </ul>
    </details>
  );
}

export function ImportResult({ reply }: { reply: ImportReply }) {
  const t = useT();
  const { summary, read, preview } = reply;
  const changes = summary.created + summary.moved + summary.updated + summary.deactivated + summary.reactivated + summary.units.created + summary.areas.created;
  const line = (n: number) => (n > 0 ? t('importLine', { n }) : t('importFileAsWhole'));
  let status: string;
  if (summary.errors.length > 0) status = t.count('importErrors', summary.errors.length);
  else if (summary.written) status = t('importDone');
  else if (changes === 0) status = t('importNothing');
  else status = t('importDryRun');

  return (
    <section class="card stack" aria-labelledby="import-result" data-testid="import-result">
      <h2 id="import-result">{status}</h2>
      {read && <p class="muted">{t('importRead', { how: read.kind === 'xlsx' ? 'Excel (XLSX)' : `CSV, ${read.encoding ?? ''}` })}</p>}
      {summary.errors.length > 0 && (
        <ul class="import-problems" data-testid="import-errors">
          {summary.errors.map((e) => <li key={`${e.line}-${e.code}`}><strong>{line(e.line)}:</strong> {e.message}</li>)}
        </ul>
      )}
      {summary.warnings.length > 0 && (
        <ul class="import-problems">
          {summary.warnings.map((w) => <li key={`${w.line}-${w.code}`}><strong>{t('importWarnings')}, {line(w.line).toLowerCase()}:</strong> {w.message}</li>)}
        </ul>
      )}
      {preview && (
        <div class="stack stack--tight">
          <Change title={t('importNewAreas')} total={summary.areas.created} items={preview.areas} />
          <Change title={t('importNewUnits')} total={summary.units.created} items={preview.units.map((u) => `${u.name}${u.area ? ` (${u.area})` : ''}`)} />
          <Change title={t('importCreated')} total={summary.created} items={preview.created.map((p) => `${p.name}, ${p.email} – ${p.unit}`)} />
          <Change title={t('importMoved')} total={summary.moved} items={preview.moved.map((m) => `${m.name}: ${m.from} → ${m.to}`)} />
          <Change title={t('importUpdated')} total={summary.updated} items={preview.changed.map((c) =>
            `${c.name}: ${c.fields.map((f) => `${t(FIELD_WORD[f.field])} ${f.before || '–'} → ${f.after || '–'}`).join('; ')}`)} />
          <Change title={t('importLeaders')} total={preview.leaders.length} items={preview.leaders.map((l) => l.name)} />
          <Change title={t('importReactivated')} total={summary.reactivated} items={preview.reactivated.map((r) => r.name)} />
          <Change title={t('importDeactivated')} total={summary.deactivated} items={preview.deactivated.map((p) => `${p.name}, ${p.email}`)} />
          <p class="muted">{t('importUnchanged')}: {summary.unchanged}</p>
        </div>
      )}
    </section>
  );
}
