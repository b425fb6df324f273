// "Scan QR" (/scan): the camera reads a poster's sign-up code or the venue's check-in code
// and opens it in the app (client-side, so offline too). Only our own links are followed;
// any other text is shown, never opened. Without a camera: a field for the code.
import '../../../shared/i18n/sections/scanner';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'preact/hooks';
import { useT } from '../context';
import { TextField } from '../components/form-fields';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { CameraProblem } from './camera';
import { ownTarget, typedTarget, type ScanTarget } from './own-url';
import { useQrScan } from './use-qr-scan';
import './scanner.css';

const PROBLEM_TEXT: Record<CameraProblem, MessageKey> = {
  denied: 'scanDenied',
  noCamera: 'scanNoCamera',
  insecure: 'scanInsecure',
  failed: 'scanFailed',
};

export function ScannerScreen() {
  const t = useT();
  const navigate = useNavigate();
  const video = useRef<HTMLVideoElement>(null);
  const [said, setSaid] = useState('');
  const [foreign, setForeign] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<MessageKey | null>(null);
  const typedField = useRef<HTMLInputElement>(null);
  const following = useRef(false);

  function follow(target: ScanTarget): boolean {
    if (target.kind === 'foreign') return false;
    if (following.current) return true; // already on its way
    following.current = true;
    setForeign(null);
    // Replace: "back" from the event leads to where the scanner was opened from, not to a camera again.
    if (target.kind === 'signup') {
      setSaid(t('scanReadSignup', { title: target.search.t ?? target.id }));
      void navigate({ to: '/s/$id', params: { id: target.id }, search: target.search, replace: true });
    } else {
      setSaid(t('scanReadCheckin'));
      void navigate({ to: '/c/$id', params: { id: target.id }, search: { k: target.code }, replace: true });
    }
    return true;
  }

  const phase = useQrScan(video, (text) => {
    if (follow(ownTarget(text, location.origin)) || text === foreign) return;
    setForeign(text);
  });

  function submit(event: Event) {
    event.preventDefault();
    const target = typedTarget(typed, location.origin);
    const error = target === null ? 'scanTypedEmpty' : follow(target) ? null : 'scanTypedForeign';
    setTypedError(error);
    // As the form kit does on a failed submit: the field with its error is focused (and read).
    if (error) typedField.current?.focus();
  }

  const unavailable = phase.kind === 'unavailable';
  return (
    <div class="stack scanner" data-phase={phase.kind} data-reader={phase.kind === 'scanning' ? phase.engine : undefined}>
      <h1>{t('scanTitle')}</h1>
      {!unavailable && (
        <>
          <p>{t('scanIntro')}</p>
          <div class="scanner__view">
            <video ref={video} class="scanner__video" aria-label={t('scanVideo')} muted playsInline autoPlay />
            <span class="scanner__frame" aria-hidden="true" />
          </div>
        </>
      )}
      {/* One live region for what happens: the camera's state, a problem, what was read. */}
      <div role="status" data-testid="scan-status">
        {said ? <p>{said}</p>
          : foreign !== null ? (
            <div class="card stack stack--tight">
              <p>{t('scanForeign')}</p>
              <p class="scanner__text" data-testid="scan-foreign">{foreign}</p>
            </div>
          )
          : unavailable ? <p class="notice notice--warn" data-testid="scan-problem" data-problem={phase.problem}>{t(PROBLEM_TEXT[phase.problem])}</p>
          : <p>{t(phase.kind === 'starting' ? 'scanStarting' : 'scanLooking')}</p>}
      </div>
      <form class="card stack stack--tight" onSubmit={submit} noValidate>
        <h2>{t('scanTypeTitle')}</h2>
        <TextField id="scan-type" label={t('scanTypeLabel')} hint={t('scanTypeHint')} error={typedError ? t(typedError) : undefined}
          inputRef={typedField} value={typed} autoComplete="off" autoCapitalize="none" spellcheck={false}
          onInput={(event) => { setTyped(event.currentTarget.value); setTypedError(null); }} />
        <button type="submit" class="button">{t('scanOpen')}</button>
      </form>
    </div>
  );
}
