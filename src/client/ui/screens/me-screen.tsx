// "Mig": my profile and my competences, all usable offline.
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { getPerson } from '../../store/queries';
import { ProfileForm } from './profile-form';
import { MyCompetences } from './my-competences';

export function MeScreen() {
  const t = useT();
  const runtime = useRuntime();
  const personId = runtime.personId;
  const me = useLiveQuery(() => (personId ? getPerson(runtime.store, personId) : undefined), [personId]);
  const pending = useLiveQuery(() => (personId ? runtime.store.isPending('person', personId) : false), [personId]);
  if (!personId) return null;
  return (
    <div class="stack">
      <h1>{t('meTitle')}</h1>
      {me ? <ProfileForm me={me} pending={pending ?? false} /> : <p class="muted">{t('loading')}</p>}
      <MyCompetences personId={personId} />
    </div>
  );
}
