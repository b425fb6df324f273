// Creating a network (leaders, admins): name, description, kind and how one joins. The
// creator becomes its coordinator; offline it waits in the outbox like any change.
import { useState } from 'preact/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useRuntime, useT } from '../context';
import { NETWORK_KINDS } from '../../../shared/entities/network';
import { KIND_LABEL, type NetworkKind } from './network-list';
import '../../../shared/i18n/sections/networks';
import { Form } from '../components/form';
import { useFormErrors } from '../components/form-errors';
import { LongTextField, SelectField, TextField } from '../components/form-fields';
import { RadioGroup } from '../components/form-choices';

export function CreateNetworkForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<NetworkKind>('professional');
  const [joinPolicy, setJoinPolicy] = useState<'open' | 'approval'>('open');
  const errors = useFormErrors();

  const submit = async () => {
    if (!name.trim()) { errors.show([{ field: 'network-name', message: t('networkNameRequired') }]); return; }
    const id = crypto.randomUUID();
    await runtime.mutate('network.create', { id, name: name.trim(), description: description.trim(), kind, joinPolicy });
    onDone();
    void navigate({ to: '/netvaerk/$id', params: { id } });
  };

  return (
    <Form class="card stack" aria-label={t('networkCreate')} errors={errors} onSubmit={() => void submit()} head={<h2>{t('networkCreate')}</h2>}>
      <TextField label={t('networkName')} id="network-name" maxLength={160} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <LongTextField label={t('networkDescription')} rows={3} maxLength={2000} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
      <SelectField label={t('networkKindLabel')} value={kind} onChange={(e) => setKind(e.currentTarget.value as NetworkKind)}>
        {NETWORK_KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABEL[k])}</option>)}
      </SelectField>
      <RadioGroup<'open' | 'approval'> legend={t('networkJoinPolicy')} name="joinPolicy" value={joinPolicy} onChange={setJoinPolicy}
        options={[{ value: 'open', label: t('networkPolicyOpen') }, { value: 'approval', label: t('networkPolicyApproval') }]} />
      <button type="submit" class="button">{t('networkCreate')}</button>
    </Form>
  );
}
