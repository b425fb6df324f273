// "Mig": my profile and my competences, all usable offline.
import { useRuntime, useT } from '../context';
import { useLiveQuery } from '../hooks';
import { getPerson, pendingKeys } from '../../store/queries';
import { ProfileForm } from './profile-form';
import { MyCompetences } from './my-competences';

export function MeScreen() {
  const t = useT();
  const runtime = useRuntime();
  const personId = runtime.personId;
  const me = useLiveQuery(async () => (personId ? getPerson(runtime.db, personId) : undefined), [personId]);
  const pending = useLiveQuery(() => pendingKeys(runtime.db), []);
  if (!personId) return null;
  return (
    <div class="stack">
      <h1>{t('meTitle')}</h1>
      {me ? <ProfileForm me={me} pending={pending?.has(`person:${me.id}`) ?? false} /> : <p class="muted">{t('loading')}</p>}
      <MyCompetences personId={personId} />
    </div>
  );
}
