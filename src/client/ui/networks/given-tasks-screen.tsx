// "Opgaver jeg har givet": the giver's tasks across networks, each a link to its network.
// Open ones first, soonest due (and overdue) first; then the solved ones with the report
// the network gave back, the newest report first: giving a task is half of it, reading
// the answer the other half (plan activity 8).
import '../../../shared/i18n/sections/networks';
import { Link } from '@tanstack/react-router';
import type { Network, NetworkTask, Person } from '../../../shared/entities';
import { useLang, useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listSolvedTasksGivenBy, listTasksGivenBy } from './network-data';
import { PendingBadge } from '../components/pending-badge';
import { NotYetSynced, useNeverSynced } from '../components/not-yet-synced';
import { formatDate, TaskMeta } from './network-tasks';

interface GivenTask { task: NetworkTask; network: Network | undefined; pending: boolean; reporter?: Person | undefined }

export function GivenTasksScreen() {
  const t = useT();
  const runtime = useRuntime();
  const neverSynced = useNeverSynced();
  const personId = runtime.personId ?? '';
  const tasks = useLiveQuery(() => ({ open: listTasksGivenBy(runtime.store, personId), solved: listSolvedTasksGivenBy(runtime.store, personId) }), [personId]);
  if (!tasks) return <p class="muted">{t('loading')}</p>;
  const none = tasks.open.length === 0 && tasks.solved.length === 0;
  return (
    <div class="stack">
      <h1>{t('tasksGivenTitle')}</h1>
      {none && (neverSynced ? <NotYetSynced /> : <p class="muted">{t('tasksGivenNothing')}</p>)}
      {!none && (
        <section class="stack" aria-labelledby="tasks-given-open">
          <h2 id="tasks-given-open">{t('tasksGivenOpen')}</h2>
          {tasks.open.length === 0 && <p class="muted">{t('tasksGivenNone')}</p>}
          <ul class="plain-list stack">{tasks.open.map((entry) => <GivenTaskCard key={entry.task.id} entry={entry} />)}</ul>
        </section>
      )}
      {tasks.solved.length > 0 && (
        <section class="stack" aria-labelledby="tasks-given-solved" data-testid="tasks-given-solved">
          <h2 id="tasks-given-solved">{t('tasksGivenSolved')}</h2>
          <ul class="plain-list stack">{tasks.solved.map((entry) => <GivenTaskCard key={entry.task.id} entry={entry} />)}</ul>
        </section>
      )}
    </div>
  );
}

function GivenTaskCard({ entry }: { entry: GivenTask }) {
  const t = useT();
  const { lang } = useLang();
  const { task, network, pending } = entry;
  return (
    <li class="card stack stack--tight" data-task-id={task.id}>
      <div class="row"><strong>{task.title}</strong>{pending && <PendingBadge />}</div>
      <TaskMeta task={task} />
      {task.status === 'done' && (task.report ? (
        <div class="stack stack--tight" data-testid="task-report">
          {task.reportAt && (
            <p class="muted">{t('taskReportBy', { name: entry.reporter?.name ?? task.reportBy ?? '', date: formatDate(task.reportAt, lang) })}</p>
          )}
          <p class="long-text">{task.report}</p>
        </div>
      ) : <p class="muted">{t('tasksGivenNoReport')}</p>)}
      {network && <Link to="/netvaerk/$id" params={{ id: network.id }} className="target-link">{network.name}</Link>}
    </li>
  );
}
