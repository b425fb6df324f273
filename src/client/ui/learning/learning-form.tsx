// The form of a learning, new or edited. Every change is saved to the draft on the phone
// at once (one small write a keystroke, store/drafts.ts), so a reload mid-sentence loses
// nothing; saving makes learning.create or learning.update and removes the draft.
import '../../../shared/i18n/sections/learning';
import '../../../shared/i18n/sections/learning-notices';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import { SOURCE_KINDS, type Learning } from '../../../shared/entities/learning';
import { signupId } from '../../../shared/entities/seminar';
import { formatMoment } from '../../../shared/i18n/dates';
import type { LearningDraft } from '../../store/schema';
import { learningStore } from '../../store/queries';
import { useLang, useRuntime, useT } from '../context';
import { Dialog } from '../components/dialog';
import { Form } from '../components/form';
import { useFormErrors } from '../components/form-errors';
import { LongTextField, SelectField, TextField } from '../components/form-fields';
import { CheckboxGroup, RadioGroup } from '../components/form-choices';
import { CompetencePicker } from './competence-picker';
import { createArgs, updateArgs } from './draft-fields';
import { DLO_NUMBERS, dloKey, sourceKey } from './learning-words';
import { byDanish, byTime } from '../../../shared/i18n/collate';

interface Props {
  initial: LearningDraft;
  /** The learning being edited (an edit's draft). */
  learning?: Learning;
  /** The draft was saved for the first time (a new one: its address can now name it). */
  onFirstSave?(draft: LearningDraft): void;
  onSaved(id: string): void;
  onDiscarded(): void;
}

const LIMITS = { title: 200, body: 10000, application: 4000 } as const;
const VISIBILITIES = ['private', 'unit', 'network', 'organization'] as const;

export function LearningForm({ initial, learning, onFirstSave, onSaved, onDiscarded }: Props) {
  const t = useT();
  const { lang } = useLang();
  const runtime = useRuntime();
  const [draft, setDraft] = useState(initial);
  // The draft as last typed: two changes before a render must not undo each other.
  const latest = useRef(initial);
  // "Kladde gemt i dag kl. 14.02": a new text once a minute, not a render each keystroke.
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const errors = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const saver = useRef<{ save(d: LearningDraft): Promise<void> } | null>(null);
  const firstSaved = useRef(false);
  const edit = initial.mode === 'edit';
  useEffect(() => { void learningStore().then((m) => { saver.current ??= m.draftSaver(runtime.store); }); }, []);

  const choices = useMemo(() => formChoices(runtime, draft.seminarId), []);
  // One function for the fields' whole life, so that typing a text re-renders only the texts.
  const changeNow = useRef(change);
  changeNow.current = change;
  const onChange = useCallback((fields: Partial<LearningDraft>) => changeNow.current(fields), []);

  /** Each change goes to the draft on the phone before anything else happens. */
  function change(fields: Partial<LearningDraft>) {
    const started = performance.now();
    const next = { ...latest.current, ...fields, updatedAt: new Date().toISOString() };
    latest.current = next;
    setDraft(next);
    errors.clear();
    void (async () => {
      saver.current ??= (await learningStore()).draftSaver(runtime.store);
      await saver.current.save(next);
      // User Timing entry: `npm run bench` reports the cost of keeping a keystroke.
      performance.measure('videnbro:draft-save', { start: started, end: performance.now() });
      setSavedAt(formatMoment(lang, next.updatedAt));
      if (!firstSaved.current) {
        firstSaved.current = true;
        onFirstSave?.(next);
      }
    })();
  }

  async function save() {
    if (!draft.title.trim()) { errors.show([{ field: 'learning-title', message: t('learnTitleRequired') }]); return; }
    if (draft.visibility === 'network' && !draft.networkId) { errors.show([{ field: 'learning-visibility', message: t('learnNetworkRequired') }]); return; }
    setBusy(true);
    try {
      const store = await learningStore();
      try {
        if (edit && learning) await runtime.mutate('learning.update', updateArgs(draft, learning));
        else await runtime.mutate('learning.create', createArgs(draft));
      } catch {
        // The schema the server uses refused it on the phone: the text stays in the draft.
        errors.show([{ message: t('learnNotValid') }]);
        return;
      }
      await store.deleteDraft(runtime.store, draft.id);
      if (draft.seminarId && !edit) await store.dismissReflection(runtime.store, draft.seminarId);
      onSaved(draft.id);
    } finally {
      setBusy(false);
    }
  }

  async function discard() {
    setDiscarding(false);
    await (await learningStore()).deleteDraft(runtime.store, draft.id);
    onDiscarded();
  }

  // No maxLength: a pasted text longer than allowed would be cut and lost. The count says
  // how much is left near the limit, and saving refuses a text over it (kept in the draft).
  const field = (name: 'title' | 'body' | 'application') => ({
    id: `learning-${name}`,
    value: draft[name],
    below: left(name),
    'aria-describedby': draft[name].length > LIMITS[name] * 0.9 ? `learning-${name}-left` : undefined,
    onInput: (event: Event) => change({ [name]: (event.currentTarget as HTMLInputElement).value }),
  });
  const left = (name: 'title' | 'body' | 'application') => draft[name].length > LIMITS[name] * 0.9 && (
    <span id={`learning-${name}-left`} class={draft[name].length > LIMITS[name] ? 'notice notice--error' : 'muted hint'}>
      {t.count(draft[name].length > LIMITS[name] ? 'learnCharsOver' : 'learnCharsLeft', Math.abs(LIMITS[name] - draft[name].length))}
    </span>
  );
  const fromEvent = !edit && draft.seminarId !== null;

  return (
    <Form class="stack learning-form" aria-labelledby="learning-form-title" errors={errors} onSubmit={() => void save()} head={<>
      <h1 id="learning-form-title">{t(edit ? 'learnEdit' : 'learningNew')}</h1>
      <p class="muted hint draft-state" data-testid="draft-state">
        {savedAt ? t('learnDraftSavedAt', { time: savedAt }) : t('learnDraftKept')}
      </p>
    </>}>
      {draft.resolvedConflicts.length > 0 && <p class="notice" data-testid="merging">{t('learnMergedResult')}</p>}
      {fromEvent && (
        <div class="notice stack stack--tight">
          <p>{t('learnPromptsIntro')}</p>
          <ul class="prompt-list">
            <li>{t('reflectPrompt1')}</li><li>{t('reflectPrompt2')}</li><li>{t('reflectPrompt3')}</li>
          </ul>
        </div>
      )}
      <TextField label={t('learnFieldTitle')} required invalidMessage={t('learnTitleRequired')} {...field('title')} />
      <LongTextField label={t('learnFieldBody')} rows={6} {...field('body')} />
      <LongTextField label={t('learnFieldApplication')} rows={4} {...field('application')} />
      <TagFields sourceKind={draft.sourceKind} seminarId={draft.seminarId} competenceIds={draft.competenceIds} dlo={draft.dlo}
        visibility={draft.visibility} networkId={draft.networkId} choices={choices} onChange={onChange} />
      <div class="row">
        <button type="submit" class="button" disabled={busy}>{t(edit ? 'learnSaveChanges' : 'learnPublish')}</button>
        <button type="button" class="button button--quiet" onClick={() => setDiscarding(true)}>
          {t(edit ? 'learnStopEditing' : 'learnDiscardDraft')}
        </button>
      </div>
      <Dialog open={discarding} onClose={() => setDiscarding(false)} variant="alert" labelledBy="discard-title" describedBy="discard-text" testId="discard-dialog">
        <h2 id="discard-title">{t(edit ? 'learnStopEditing' : 'learnDiscardTitle')}</h2>
        <p id="discard-text">{t('learnDiscardText')}</p>
        <div class="dialog__actions">
          <button type="button" class="button button--quiet" autofocus onClick={() => setDiscarding(false)}>{t('cancel')}</button>
          <button type="button" class="button button--danger-solid" onClick={() => void discard()}>
            {t(edit ? 'learnStopEditing' : 'learnDiscardDraft')}
          </button>
        </div>
      </Dialog>
    </Form>
  );
}

type Choices = ReturnType<typeof formChoices>;
interface TagProps extends Pick<LearningDraft, 'sourceKind' | 'seminarId' | 'competenceIds' | 'dlo' | 'visibility' | 'networkId'> {
  choices: Choices;
  onChange(fields: Partial<LearningDraft>): void;
}

/** Where it came from, its tags and who may see it: not drawn again while a text is typed. */
const TagFields = memo(function TagFields({ sourceKind, seminarId, competenceIds, dlo, visibility, networkId, choices, onChange }: TagProps) {
  const t = useT();
  return (
    <>
      <SelectField label={t('learnFieldSource')} value={sourceKind}
        onChange={(event) => onChange({ sourceKind: event.currentTarget.value as LearningDraft['sourceKind'] })}>
        {SOURCE_KINDS.map((kind) => <option key={kind} value={kind}>{t(sourceKey(kind))}</option>)}
      </SelectField>
      <SelectField label={t('learnFieldEvent')} value={seminarId ?? ''} onChange={(event) => onChange({ seminarId: event.currentTarget.value || null })}>
        <option value="">{t('learnNoEvent')}</option>
        {choices.events.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
      </SelectField>
      <CompetencePicker chosen={competenceIds} onChange={(ids) => onChange({ competenceIds: ids })} />
      <CheckboxGroup legend={t('learnFieldDlo')} hint={t('learnFieldDloHint')}
        options={DLO_NUMBERS.map((n) => ({ value: String(n), label: `${n}. ${t(dloKey(n))}` }))}
        values={dlo.map(String)} onChange={(ticked) => onChange({ dlo: ticked.map(Number) })} />
      <RadioGroup<LearningDraft['visibility']> legend={t('learnFieldVisibility')} id="learning-visibility" name="visibility" value={visibility}
        onChange={(option) => onChange({ visibility: option, networkId: option === 'network' ? networkId || (choices.networks[0]?.id ?? '') : networkId })}
        options={VISIBILITIES.map((option) => ({
          value: option,
          disabled: option === 'network' && choices.networks.length === 0 && visibility !== 'network',
          label: <>{t(`learnVis_${option}`)}{option === 'unit' && choices.unitName && <span class="muted"> ({choices.unitName})</span>}</>,
        }))}>
        {choices.networks.length === 0 && <p class="muted hint">{t('learnNoNetworks')}</p>}
        {visibility === 'network' && choices.networks.length > 0 && (
          <SelectField label={t('learnChooseNetwork')} value={networkId} onChange={(event) => onChange({ networkId: event.currentTarget.value })}>
            {!choices.networks.some((n) => n.id === networkId) && <option value={networkId}>{networkId}</option>}
            {choices.networks.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}
          </SelectField>
        )}
      </RadioGroup>
    </>
  );
});

/** The events to pick from (mine, newest first, and the one already chosen) and my networks. */
function formChoices(runtime: ReturnType<typeof useRuntime>, seminarId: string | null) {
  const store = runtime.store;
  const me = runtime.personId ?? '';
  const mine = store.all('seminar').filter((s) => s.id === seminarId || store.get('signup', signupId(s.id, me)));
  const networks = store.ofPerson('membership', me).filter((m) => m.status === 'active')
    .flatMap((m) => store.get('network', m.networkId) ?? []).sort((a, b) => byDanish(a.name, b.name));
  const unitId = store.get('person', me)?.unitId;
  return {
    events: mine.sort((a, b) => byTime(b.startsAt, a.startsAt)),
    networks,
    unitName: unitId ? store.get('unit', unitId)?.name : undefined,
  };
}
