// /admin/import: an admin picks the HR file, reads what it would change (a dry run on the
// server: nothing is saved), and confirms. The same importer as `npm run import`; the
// phones get the changes at their next sync. Online only (admin-screen.tsx says so).
import '../../../shared/i18n/sections/admin';
import { useState } from 'preact/hooks';
import { useRuntime, useT } from '../context';
import { Form } from '../components/form';
import { FileField } from '../components/form-fields';
import { useFormErrors } from '../components/form-errors';
import type { ImportReply } from '../../../shared/organisation-import/reply';
import { ImportResult } from './import-result';
import { ColumnMapping, rememberColumns, rememberedColumns, type ColumnMap } from './column-mapping';
import { COLUMN_LABELS } from '../../../shared/organisation-import/columns';

const FILE_FIELD = 'import-file';

type Phase = 'idle' | 'trying' | 'tried' | 'writing' | 'written';

export function ImportScreen({ offline }: { offline: boolean }) {
  const t = useT();
  const runtime = useRuntime();
  const errors = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [reply, setReply] = useState<ImportReply | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [mapped, setMapped] = useState<ColumnMap>(rememberedColumns);

  async function run(mode: 'dry-run' | 'write', columns: ColumnMap = mapped) {
    if (!file) { errors.show([{ field: FILE_FIELD, message: t('importChooseFile') }]); return; }
    setPhase(mode === 'dry-run' ? 'trying' : 'writing');
    setFailure(null);
    const result = await runtime.transport.importOrganisation(file, mode, columns);
    if (result.ok) {
      setReply(result.value);
      setPhase(result.value.summary.written ? 'written' : 'tried');
    } else {
      setFailure(result.status === 0 ? t('adminOffline') : result.error?.message ?? t('importFailed'));
      setPhase(reply ? 'tried' : 'idle');
    }
  }

  const busy = phase === 'trying' || phase === 'writing';
  const canConfirm = phase === 'tried' && reply !== null && reply.summary.errors.length === 0 && !reply.summary.written;
  return (
    <div class="stack">
      <Form errors={errors} onSubmit={() => void run('dry-run')} class="card stack" aria-labelledby="import-title"
        head={<><h1 id="import-title">{t('importTitle')}</h1><p>{t('importIntro')}</p></>}>
        <FileField id={FILE_FIELD} label={t('importFile')} hint={t('importFileHint')} required invalidMessage={t('importChooseFile')}
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setReply(null);
            setPhase('idle');
            errors.clear(FILE_FIELD);
          }} />
        <button type="submit" class="button button--secondary" disabled={busy || offline}>
          {phase === 'trying' ? t('importTrying') : t('importTry')}
        </button>
      </Form>
      {Object.keys(mapped).length > 0 && (
        <section class="card stack stack--tight" aria-label={t('importMapTitle')}>
          <p>{t('importMapRemembered', { fields: Object.entries(mapped).map(([header, column]) => `${header} → ${COLUMN_LABELS[column]}`).join(', ') })}</p>
          <button type="button" class="button button--quiet" onClick={() => { rememberColumns({}); setMapped({}); }}>{t('importMapForget')}</button>
        </section>
      )}
      {failure && <p class="card" role="alert">{failure}</p>}
      {reply?.columns && reply.columns.missing.length > 0 && (
        <ColumnMapping key={reply.columns.headers.map((h) => h.header).join('\u0000')} columns={reply.columns} busy={busy || offline}
          onMap={(map) => {
            const next = { ...mapped, ...map };
            rememberColumns(next);
            setMapped(next);
            void run('dry-run', next);
          }} />
      )}
      <div aria-live="polite">
        {reply && <ImportResult reply={reply} />}
      </div>
      {canConfirm && (
        <button type="button" class="button" disabled={busy || offline} onClick={() => void run('write')}>
          {t('importConfirm')}
        </button>
      )}
      {phase === 'writing' && <p role="status">{t('importWriting')}</p>}
    </div>
  );
}
