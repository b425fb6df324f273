// A network's tasks: due date (overdue marked), status, the report and who wrote it when.
// Members write a report and mark a task done; leaders and admins give new tasks.
import { useState } from 'preact/hooks';
import { locale, useLang, useRuntime, useT } from '../context';
import type { NetworkTask, Person } from '../../../shared/entities';
import { PendingBadge } from '../components/pending-badge';
import { isOverdue } from './network-list';
import { Form } from '../components/form';
import { useFormErrors } from '../components/form-errors';
import { DateField, LongTextField, TextField } from '../components/form-fields';
import { useFormWords } from '../components/form-words';
import './networks.css';
import '../../../shared/i18n/sections/networks';
import '../../../shared/i18n/sections/forms';

interface TaskEntry { task: NetworkTask; pending: boolean; reporter: Person | undefined }

export function formatDate(iso: string, lang: 'da' | 'en'): string {
  const date = iso.length === 10 ? new Date(`${iso}T12:00:00`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(locale(lang), { day: 'numeric', month: 'short', year: 'numeric' });
}

export function TaskMeta({ task }: { task: NetworkTask }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <div class="row">
      <span class="badge">{t(task.status === 'done' ? 'taskDone' : 'taskOpen')}</span>
      {task.due && <span class="muted">{t('taskDue', { date: formatDate(task.due, lang) })}</span>}
      {isOverdue(task) && <span class="badge badge--overdue" data-testid="overdue">{t('taskOverdue')}</span>}
    </div>
  );
}

function TaskItem({ entry, canReport }: { entry: TaskEntry; canReport: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const { task } = entry;
  const [report, setReport] = useState(task.report);
  const errors = useFormErrors();
  const save = (status: 'open' | 'done') => void runtime.mutate('networkTask.update', { id: task.id, status, report: report.trim() });
  return (
    <li class="stack stack--tight" data-task-id={task.id}>
      <div class="row"><strong>{task.title}</strong>{entry.pending && <PendingBadge />}</div>
      <TaskMeta task={task} />
      {task.description && <p class="long-text">{task.description}</p>}
      {task.report && (
        <div class="stack stack--tight">
          {task.reportAt && (
            <p class="muted">{t('taskReportBy', { name: entry.reporter?.name ?? task.reportBy ?? '', date: formatDate(task.reportAt, lang) })}</p>
          )}
          <p class="long-text">{task.report}</p>
        </div>
      )}
      {canReport && (
        <Form class="stack stack--tight" errors={errors} onSubmit={() => save('done')}>
          <LongTextField label={t('taskReport')} rows={2} maxLength={4000} value={report} onInput={(e) => setReport(e.currentTarget.value)} />
          <div class="row">
            {task.status === 'open'
              ? <button type="submit" class="button button--small">{t('taskMarkDone')}</button>
              : <button type="button" class="button button--small button--quiet" onClick={() => save('open')}>{t('taskReopen')}</button>}
            <button type="button" class="button button--small button--quiet" onClick={() => save(task.status)}>{t('taskSaveReport')}</button>
          </div>
        </Form>
      )}
    </li>
  );
}

function GiveTaskForm({ networkId }: { networkId: string }) {
  const t = useT();
  const say = useFormWords();
  const runtime = useRuntime();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [due, setDue] = useState('');
  const errors = useFormErrors();
  const submit = async () => {
    if (!title.trim()) { errors.show([{ field: `task-title-${networkId}`, message: say('formMissing') }]); return; }
    await runtime.mutate('networkTask.create', {
      id: crypto.randomUUID(), networkId, title: title.trim(), description: description.trim(), due: due || null,
    });
    setTitle(''); setDescription(''); setDue('');
  };
  return (
    <Form class="stack stack--tight" aria-label={t('taskGive')} errors={errors} onSubmit={() => void submit()} head={<h3>{t('taskGive')}</h3>}>
      <TextField label={t('taskTitle')} id={`task-title-${networkId}`} required maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      <LongTextField label={t('taskDescription')} rows={2} maxLength={4000} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
      <DateField label={t('taskDueLabel')} value={due} onInput={(e) => setDue(e.currentTarget.value)} />
      <button type="submit" class="button">{t('taskCreate')}</button>
    </Form>
  );
}

export function NetworkTasks({ networkId, tasks, canReport, canGive }: {
  networkId: string; tasks: TaskEntry[]; canReport: boolean; canGive: boolean; personId: string;
}) {
  const t = useT();
  if (!canReport && !canGive && tasks.length === 0) return null;
  return (
    <section class="card stack" aria-labelledby="network-tasks">
      <h2 id="network-tasks">{t('networkTasks')}</h2>
      {tasks.length === 0 && <p class="muted">{t('networkNoTasks')}</p>}
      <ul class="plain-list stack">
        {tasks.map((entry) => <TaskItem key={entry.task.id} entry={entry} canReport={canReport} />)}
      </ul>
      {canGive && <GiveTaskForm networkId={networkId} />}
    </section>
  );
}
