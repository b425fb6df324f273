// Sign-in: the work account (OpenID Connect) where the server offers it, e-mail → one-time
// code unless turned off; with demo data, one tap on a demo account.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useLang, useRuntime, useT } from '../context';
import { useOnline } from '../hooks';
import type { DemoAccountInfo } from '../../sync/transport';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { Person } from '../../../shared/entities';
import type { OthersChoice } from '../../runtime';
import { OthersPendingDialog } from '../components/others-pending-dialog';
import { LegalLinks } from '../components/legal-links';
import { peekAfterSignIn, takeAfterSignIn } from '../events/after-sign-in';
import { Form } from '../components/form';
import { useFormErrors } from '../components/form-errors';
import { TextField } from '../components/form-fields';
import '../../../shared/i18n/sections/sign-in';

export function SignInScreen() {
  const t = useT();
  const runtime = useRuntime();
  const { lang } = useLang();
  const navigate = useNavigate();
  const online = useOnline();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [codeSent, setCodeSent] = useState(false);
  // A refusal from the server is about the whole form: the summary at its top says it.
  const errors = useFormErrors();
  const setError = (message: string) => errors.show([{ message }]);
  const [busy, setBusy] = useState(false);
  const [demoAccounts, setDemoAccounts] = useState<DemoAccountInfo[]>([]);
  const [handOver, setHandOver] = useState<{ person: Person; pending: number; drafts: number; ownerName: string } | null>(null);
  // Sent here by a poster's QR code: the heading names the event it is for.
  const [purpose] = useState(peekAfterSignIn);

  const [methods, setMethods] = useState<{ oidc: boolean; emailCodes: boolean; contact: string | null } | null>(null);
  const [workAccountError, setWorkAccountError] = useState<string | null>(null);

  /** The ways in to offer: not asked for while a work-account sign-in finishes (it competes for a slow phone's first second). */
  const waysAsked = useRef(false);
  function loadWaysIn() {
    if (waysAsked.current) return;
    waysAsked.current = true;
    void runtime.transport.demoAccounts().then((reply) => { if (reply.ok) setDemoAccounts(reply.value.accounts); });
    void runtime.transport.authMethods().then((reply) => { if (reply.ok) setMethods(reply.value); });
  }

  useEffect(() => {
    const asked = new URLSearchParams(globalThis.location?.search ?? '');
    // Back from the work account: the server has set the session; who it is comes from /api/me.
    if (asked.get('arbejdskonto') === '1') void run(async () => finish(await runtime.transport.me()));
    else loadWaysIn();
    // Sent back with a refusal (http/oidc-routes.ts): said in the app's words, loaded only then.
    const refused = asked.get('fejl');
    if (refused && /^(oidc_[a-z_]+|email_codes_off)$/.test(refused)) {
      void import('../../../shared/protocol/errors').then(({ errorMessages, errorMessage }) => {
        if (Object.hasOwn(errorMessages, refused)) setWorkAccountError(errorMessage(refused as keyof typeof errorMessages, lang));
      });
    }
  }, [runtime]);

  async function finish(reply: { ok: true; value: { person: Person } } | { ok: false; error: { message: string } | null }) {
    if (!reply.ok) {
      setError(reply.error?.message ?? t('signInOffline'));
      loadWaysIn();
      return;
    }
    const result = await runtime.completeSignIn(reply.value.person);
    if (!result.ok) {
      // Should the other person's changes come first after all, the ways in are on screen.
      loadWaysIn();
      setHandOver({ person: reply.value.person, pending: result.othersPending, drafts: result.othersDrafts ?? 0, ownerName: result.ownerName ?? t('anotherUser') });
      return;
    }
    if (!result.restarted) await goOn();
  }

  /** To the QR link that sent the person here (events/after-sign-in.ts), else the front page. */
  async function goOn() {
    const next = takeAfterSignIn();
    await (next ? navigate({ href: next }) : navigate({ to: '/' }));
  }

  /** The person signing in decided about someone else's unsent changes on this phone. */
  async function decide(choice: OthersChoice | 'cancel') {
    if (!handOver) return;
    if (choice === 'cancel') {
      // The new session must not linger beside the other person's outbox.
      await runtime.transport.logout();
      setHandOver(null);
      return;
    }
    const result = await runtime.completeSignIn(handOver.person, { others: choice });
    if (result.ok && !result.restarted) await goOn();
  }

  async function run(task: () => Promise<void>) {
    setBusy(true);
    errors.clear();
    try {
      await task();
    } finally {
      setBusy(false);
    }
  }

  const requestCode = () => {
    void run(async () => {
      const reply = await runtime.transport.requestCode(email);
      if (reply.ok) setCodeSent(true);
      else setError(reply.error?.message ?? t('signInOffline'));
    });
  };
  const verify = () => {
    void run(async () => finish(await runtime.transport.verifyCode(email, code)));
  };

  if (handOver) {
    return <OthersPendingDialog ownerName={handOver.ownerName} pending={handOver.pending} drafts={handOver.drafts} busy={busy}
      onChoose={(choice) => void run(() => decide(choice))} />;
  }

  return (
    <div class="stack">
      <h1>{headingFor(t, purpose)}</h1>
      {!online && <p class="notice notice--warn">{t('signInOffline')}</p>}
      {methods?.oidc && (
        <section class="card stack" aria-labelledby="work-account">
          <h2 id="work-account" class="visually-hidden">{t('signInWorkAccount')}</h2>
          {workAccountError && <p role="alert" class="notice notice--warn">{workAccountError}</p>}
          {workAccountError && methods.contact && <p>{t('signInContact', { name: methods.contact })}</p>}
          {/* A real navigation: the provider's pages, then back to /login?arbejdskonto=1 (above). */}
          <a class="button button--block" href={`/api/auth/oidc/start?return=${encodeURIComponent('/login?arbejdskonto=1')}`}>{t('signInWorkAccount')}</a>
          <p class="muted hint">{t('signInWorkAccountHint')}</p>
        </section>
      )}
      {!methods?.oidc && workAccountError && <p role="alert" class="notice notice--warn">{workAccountError}</p>}
      {methods?.oidc && methods.emailCodes && <h2>{t('signInOrCode')}</h2>}
      {methods?.emailCodes === false ? null : !codeSent ? (
        <Form class="card stack" errors={errors} onSubmit={requestCode} head={<p>{t('signInIntro')}</p>}>
          <TextField label={t('email')} type="email" name="email" autocomplete="email" required value={email}
            onInput={(e) => setEmail(e.currentTarget.value)} />
          <button type="submit" class="button" disabled={busy}>{t('sendCode')}</button>
        </Form>
      ) : (
        <Form class="card stack" errors={errors} onSubmit={verify} head={<p>{t('codeSent', { email })}</p>}>
          <TextField label={t('code')} name="code" inputMode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" required
            value={code} onInput={(e) => setCode(e.currentTarget.value)} />
          <button type="submit" class="button" disabled={busy}>{t('signIn')}</button>
          <button type="button" class="button button--quiet" onClick={() => { setCodeSent(false); setCode(''); errors.clear(); }}>{t('otherEmail')}</button>
        </Form>
      )}
      {demoAccounts.length > 0 && (
        <section class="card stack" aria-labelledby="demo-title">
          <h2 id="demo-title">{t('demoTitle')}</h2>
          <ul class="plain-list stack">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <button type="button" class="button button--block button--secondary" disabled={busy}
                  data-email={account.email}
                  onClick={() => void run(async () => finish(await runtime.transport.demoSignIn(account.email)))}>
                  <strong>{account.name}</strong>
                  <span class="muted-on-button"> – {t(`demoRole_${account.role}` as MessageKey)}, {account.title}, {account.unitName}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <LegalLinks />
    </div>
  );
}

function headingFor(t: ReturnType<typeof useT>, purpose: ReturnType<typeof peekAfterSignIn>): string {
  if (!purpose) return t('signInTitle');
  if (purpose.kind === 'signup') return purpose.title ? t('signInToSignUpFor', { title: purpose.title }) : t('signInToSignUp');
  return purpose.title ? t('signInToCheckInFor', { title: purpose.title }) : t('signInToCheckIn');
}
