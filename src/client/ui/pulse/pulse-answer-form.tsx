// The pulse check's one screen of questions (issue 24): each characteristic asked on a 1–5
// scale with "Ved ikke", and one optional free text. Every question must be answered (a
// "Ved ikke" counts); the form names those left and focuses the first.
import '../../../shared/i18n/sections/pulse';
import { useState } from 'preact/hooks';
import type { Pulse } from '../../../shared/entities';
import { PULSE_SCALE, PULSE_TEXT_MAX } from '../../../shared/pulse/questions';
import { useT } from '../context';
import { Form } from '../components/form';
import { useFormErrors } from '../components/form-errors';
import { LongTextField } from '../components/form-fields';
import { RadioGroup, type Choice } from '../components/form-choices';
import type { PulseScores } from '../../pulse/kept-answers';
import type { KeptPulseAnswer } from '../../store/schema';
import { dloLabelKey } from '../units/dlo-label';

interface Props {
  pulse: Pulse;
  /** The answer last given on this phone: the form starts from it. */
  kept: KeptPulseAnswer | undefined;
  /** It has gone or is going to the server: the button changes it. */
  answered: boolean;
  onSend(scores: PulseScores, text: string): Promise<void>;
}

const fieldId = (pulseId: string, dlo: number) => `pulse-${pulseId}-q${dlo}`;

export function PulseAnswerForm({ pulse, kept, answered, onSend }: Props) {
  const t = useT();
  const errors = useFormErrors();
  const [scores, setScores] = useState<Partial<Record<string, string>>>(() =>
    Object.fromEntries(Object.entries(kept?.scores ?? {}).map(([dlo, score]) => [dlo, String(score)])));
  const [text, setText] = useState(kept?.text ?? '');
  const [busy, setBusy] = useState(false);
  const choices: Choice<string>[] = [
    ...PULSE_SCALE.map((score) => ({ value: String(score), label: String(score) })),
    { value: '0', label: t('pulseDontKnow') },
  ];

  async function submit() {
    const missing = pulse.questions.filter((dlo) => scores[String(dlo)] === undefined);
    if (missing.length > 0) {
      errors.show(missing.map((dlo) => ({ field: fieldId(pulse.id, dlo), message: t('pulseChooseOne', { question: t(dloLabelKey(dlo)) }) })));
      return;
    }
    const answer: PulseScores = Object.fromEntries(pulse.questions.map((dlo) => [String(dlo), Number(scores[String(dlo)])]));
    setBusy(true);
    try {
      await onSend(answer, text);
    } catch {
      // Not even kept on the phone (its storage failed): say so, and keep the answers on screen.
      errors.show([{ message: t('pulseNotKept') }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form class="stack pulse-form" errors={errors} aria-label={pulse.title} onSubmit={() => void submit()}>
      <p class="muted hint">{t('pulseScaleHint')}</p>
      {pulse.questions.map((dlo) => (
        <RadioGroup key={dlo} id={fieldId(pulse.id, dlo)} name={`pulse-q${dlo}`} legend={t(dloLabelKey(dlo))} segmented options={choices}
          value={scores[String(dlo)] ?? ''} onChange={(value) => { errors.clear(fieldId(pulse.id, dlo)); setScores((now) => ({ ...now, [String(dlo)]: value })); }} />
      ))}
      <LongTextField label={t('pulseTextLabel')} rows={3} maxLength={PULSE_TEXT_MAX} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="row">
        <button type="submit" class="button" disabled={busy}>{answered ? t('pulseChange') : t('pulseSend')}</button>
      </div>
    </Form>
  );
}
