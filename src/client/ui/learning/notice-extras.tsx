// What a notice on Mig adds for the learning log. The reflection after an event: three
// short prompts, "Skriv din læring" (the write screen with the event filled in) and
// "Påmind mig i morgen". A learning the server refused: the text the person wrote, kept
// here, to copy or to correct and send again ("Ret og prøv igen"): never lost.
import '../../../shared/i18n/sections/learning-notices';
import './learning.css';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'preact/hooks';
import type { MutationArgs } from '../../../shared/protocol';
import { learningStore, type Notice } from '../../store/queries';
import { useRuntime, useT } from '../context';

/** Tomorrow morning, on the device's clock: when a snoozed reflection comes back. */
export function tomorrowMorning(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 7, 0, 0);
}

export function LearningNoticeDetail({ notice }: { notice: Notice }) {
  if (notice.source === 'sync' && notice.entry.kind === 'reflection') return <ReflectionPrompts notice={notice} />;
  if (notice.source === 'rejected' && (notice.entry.name === 'learning.create' || notice.entry.name === 'learning.update')) {
    return <RefusedLearning notice={notice} />;
  }
  return null;
}

/** Whether the detail above brings its own actions (the list then offers no other fix). */
export function hasLearningActions(notice: Notice): boolean {
  return (notice.source === 'sync' && notice.entry.kind === 'reflection')
    || (notice.source === 'rejected' && notice.entry.name.startsWith('learning.') && notice.entry.name !== 'learning.delete');
}

function ReflectionPrompts({ notice }: { notice: Extract<Notice, { source: 'sync' }> }) {
  const t = useT();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const seminarId = String(notice.entry.vars.seminarId ?? notice.entry.id.replace(/^reflection:/, ''));
  const name = String(notice.entry.vars.name ?? '');
  return (
    <div class="stack stack--tight">
      <ul class="prompt-list">
        <li>{t('reflectPrompt1')}</li><li>{t('reflectPrompt2')}</li><li>{t('reflectPrompt3')}</li>
      </ul>
      <div class="row">
        <button type="button" class="button" onClick={() => void navigate({ href: `/laering/ny?seminar=${encodeURIComponent(seminarId)}` })}>
          {t('reflectAnswer')}
        </button>
        <button type="button" class="button button--quiet" aria-label={t('reflectSnoozeNamed', { name })} onClick={async () => {
          await (await learningStore()).snoozeNotice(runtime.store, notice.entry.id, tomorrowMorning(new Date()));
          runtime.changes.notify();
        }}>{t('reflectSnooze')}</button>
      </div>
    </div>
  );
}

function RefusedLearning({ notice }: { notice: Extract<Notice, { source: 'rejected' }> }) {
  const t = useT();
  const runtime = useRuntime();
  const navigate = useNavigate();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const args = notice.entry.args as Partial<MutationArgs<'learning.create'>>;
  const text = [args.title, args.body, args.application].filter((part) => part?.trim()).join('\n\n');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  async function writeOn() {
    const id = await (await learningStore()).refusedToDraft(runtime.store, notice.entry, runtime.personId ?? '');
    runtime.changes.notify();
    if (!id) return;
    if (notice.entry.name === 'learning.create') await navigate({ href: `/laering/ny?kladde=${encodeURIComponent(id)}` });
    else await navigate({ to: '/laering/$id', params: { id } });
  }

  return (
    <div class="stack stack--tight" data-testid="refused-learning">
      {text && (
        <>
          <p>{t('refusedTextLabel')}</p>
          <blockquote class="refused-text long-text">{text}</blockquote>
        </>
      )}
      <div class="row">
        <button type="button" class="button" onClick={() => void writeOn()}>{t('refusedWriteOn')}</button>
        {text && <button type="button" class="button button--quiet" onClick={() => void copy()}>{t('refusedCopy')}</button>}
      </div>
      <p role="status" class={copied === 'failed' ? 'notice notice--error' : 'muted'}>
        {copied === 'yes' ? t('refusedCopied') : copied === 'failed' ? t('refusedCopyFailed') : ''}
      </p>
    </div>
  );
}
