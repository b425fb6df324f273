// Creating a network (leaders, admins): name, description, kind and how one joins. The
// creator becomes its coordinator; offline it waits in the outbox like any change.
import { useState } from 'preact/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useRuntime, useT } from '../context';
import { NETWORK_KINDS } from '../../../shared/entities/network';
import { KIND_LABEL, type NetworkKind } from './network-list';
import '../../../shared/i18n/sections/networks';

export function CreateNetworkForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<NetworkKind>('professional');
  const [joinPolicy, setJoinPolicy] = useState<'open' | 'approval'>('open');
  const [error, setError] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) { setError(t('networkNameRequired')); return; }
    const id = crypto.randomUUID();
    await runtime.mutate('network.create', { id, name: name.trim(), description: description.trim(), kind, joinPolicy });
    onDone();
    void navigate({ to: '/netvaerk/$id', params: { id } });
  };

  return (
    <form class="card stack" aria-label={t('networkCreate')} onSubmit={(e) => void submit(e)}>
      <h2>{t('networkCreate')}</h2>
      <label class="field">
        <span>{t('networkName')}</span>
        <input type="text" maxLength={160} value={name} aria-invalid={error ? 'true' : undefined} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('networkDescription')}</span>
        <textarea rows={3} maxLength={2000} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('networkKindLabel')}</span>
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as NetworkKind)}>
          {NETWORK_KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABEL[k])}</option>)}
        </select>
      </label>
      <fieldset class="stack stack--tight">
        <legend>{t('networkJoinPolicy')}</legend>
        <label class="checkbox">
          <input type="radio" name="joinPolicy" checked={joinPolicy === 'open'} onChange={() => setJoinPolicy('open')} />
          <span>{t('networkPolicyOpen')}</span>
        </label>
        <label class="checkbox">
          <input type="radio" name="joinPolicy" checked={joinPolicy === 'approval'} onChange={() => setJoinPolicy('approval')} />
          <span>{t('networkPolicyApproval')}</span>
        </label>
      </fieldset>
      {error && <p class="notice notice--error" role="alert">{error}</p>}
      <button type="submit" class="button">{t('networkCreate')}</button>
    </form>
  );
}
