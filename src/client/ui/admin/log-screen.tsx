// /admin/log: the audit trail, newest first — found by words (a name, an e-mail, a file)
// and kind, paged back in time, and downloaded as CSV for a spreadsheet. Online only.
import '../../../shared/i18n/sections/admin';
import { useEffect, useState } from 'preact/hooks';
import { useLang, useRuntime, useT } from '../context';
import { SearchField } from '../components/search-field';
import './admin.css';
import { SelectField } from '../components/form-fields';
import { AUDIT_ACTIONS, describeAuditValues, type AuditAction, type AuditEntry } from '../../../shared/audit';
import { formatMoment } from '../../../shared/i18n/dates';

export function LogScreen({ offline }: { offline: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const [q, setQ] = useState('');
  const [action, setAction] = useState<AuditAction | ''>('');
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [more, setMore] = useState(false);
  const [failed, setFailed] = useState(false);

  const query = (after?: AuditEntry) => new URLSearchParams({
    ...(q.trim() && { q: q.trim() }), ...(action && { action }), ...(after && { before: after.at, beforeId: after.id }),
  }).toString();

  async function load(before?: AuditEntry) {
    const reply = await runtime.transport.auditLog(query(before));
    setFailed(!reply.ok);
    if (!reply.ok) return;
    setEntries((shown) => (before ? [...(shown ?? []), ...reply.value.entries] : reply.value.entries));
    setMore(reply.value.more);
  }

  // A new search a moment after the last keystroke, not one per letter.
  useEffect(() => {
    if (offline) return undefined;
    const timer = setTimeout(() => void load(), 250);
    return () => clearTimeout(timer);
  }, [q, action, offline]);

  return (
    <div class="stack">
      <section class="card stack" aria-labelledby="log-title">
        <h1 id="log-title">{t('logTitle')}</h1>
        <p>{t('logIntro')}</p>
        <SearchField label={t('logSearch')} value={q} onInput={setQ} />
        <SelectField label={t('logKind')} value={action} onChange={(event) => setAction(event.currentTarget.value as AuditAction | '')}>
          <option value="">{t('logAll')}</option>
          {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{t(`logAction_${a}`)}</option>)}
        </SelectField>
        <a class="button button--quiet" href={`/api/admin/log.csv?${query()}`} download="videnbro-log.csv">{t('logCsv')}</a>
      </section>
      {failed && <p class="card" role="alert">{t('logFailed')}</p>}
      <div aria-live="polite">
        {entries?.length === 0 && <p class="muted" role="status">{t('logEmpty')}</p>}
        {entries && entries.length > 0 && (
          <ul class="log-list" data-testid="log-list">
            {entries.map((entry) => (
              <li key={entry.id} class="card log-entry">
                <p><strong>{t(`logAction_${entry.action}`)}</strong> · {formatMoment(lang, entry.at)} · {t(`logDevice_${entry.device}`)}</p>
                <p>{entry.actor || t('logNobody')}{entry.subject && <> → {entry.subject}</>}</p>
                {Object.keys(entry.after).length > 0 && (
                  <p class="muted">{Object.keys(entry.before).length > 0 && <>{describeAuditValues(entry.before)} → </>}{describeAuditValues(entry.after)}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {more && entries && (
        <button type="button" class="button button--secondary" disabled={offline} onClick={() => void load(entries.at(-1))}>{t('logMore')}</button>
      )}
    </div>
  );
}
