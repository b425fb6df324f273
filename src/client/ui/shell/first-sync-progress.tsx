// A first sync's progress: how many colleagues have arrived (the server does not say how
// many are coming, so no made-up "of 50.000"), and that those can be searched already.
import type { PullProgress } from '../../sync/engine';
import { useT } from '../context';

export function FirstSyncProgress({ progress, live = false }: { progress: PullProgress; live?: boolean }) {
  const t = useT();
  const text = progress.people > 0
    ? t.count('firstSyncPeople', progress.people)
    : t('firstSyncStarting');
  return (
    <div class="first-sync" data-testid={live ? 'first-sync' : undefined} data-people={progress.people}>
      <p class="first-sync__text" role={live ? 'status' : undefined}>{text}</p>
      {/* Indeterminate: only the server knows how much is left. */}
      <progress class="first-sync__bar" aria-label={t('firstSyncStarting')} />
      <p class="first-sync__hint">{t('firstSyncHint')}</p>
    </div>
  );
}
