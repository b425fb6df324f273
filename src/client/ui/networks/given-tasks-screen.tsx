// "Opgaver jeg har givet": the giver's open tasks across networks, soonest due (and
// overdue) first, each a link to its network.
import '../../../shared/i18n/sections/networks';
import { Link } from '@tanstack/react-router';
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { listTasksGivenBy } from './network-data';
import { PendingBadge } from '../components/pending-badge';
import { TaskMeta } from './network-tasks';

export function GivenTasksScreen() {
  const t = useT();
  const runtime = useRuntime();
  const personId = runtime.personId ?? '';
  const tasks = useLiveQuery(() => listTasksGivenBy(runtime.store, personId), [personId]);
  if (!tasks) return <p class="muted">{t('loading')}</p>;
  return (
    <div class="stack">
      <h1>{t('tasksGivenTitle')}</h1>
      {tasks.length === 0 && <p class="muted">{t('tasksGivenNone')}</p>}
      <ul class="plain-list stack">
        {tasks.map(({ task, network, pending }) => (
          <li key={task.id} class="card stack stack--tight" data-task-id={task.id}>
            <div class="row"><strong>{task.title}</strong>{pending && <PendingBadge />}</div>
            <TaskMeta task={task} />
            {network && <Link to="/netvaerk/$id" params={{ id: network.id }} className="target-link">{network.name}</Link>}
          </li>
        ))}
      </ul>
    </div>
  );
}
