// /privatliv and /tilgaengelighed (issue 21, part 5): the privacy notice and the
// accessibility statement in digst.dk's structure, Danish and English, readable signed out
// (shell.tsx lets them through). The controller, DPO, feedback address and retention come
// from the server (GET /api/legal); offline, the page says it in general words.
import '../../../shared/i18n/sections/legal';
import { useEffect, useState } from 'preact/hooks';
import { useLang, useRuntime, useT } from '../context';
import { translateCount } from '../../../shared/i18n/plural';
import type { ReplyOf } from '../../sync/reply-schemas';
import type { MessageKey } from '../../../shared/i18n/messages';
import { DEFAULT_DEACTIVATED_DAYS, DEFAULT_LEGAL } from '../../../shared/legal';

type Legal = ReplyOf<'legal'>;
const FALLBACK: Legal = { ...DEFAULT_LEGAL, retentionDays: DEFAULT_DEACTIVATED_DAYS };

function useLegal(): Legal {
  const runtime = useRuntime();
  const [legal, setLegal] = useState<Legal>(FALLBACK);
  useEffect(() => { void runtime.transport.legal().then((reply) => { if (reply.ok) setLegal(reply.value); }); }, [runtime]);
  return legal;
}

function Part({ id, title, children }: { id: string; title: MessageKey; children: preact.ComponentChildren }) {
  const t = useT();
  return (
    <section class="card stack stack--tight" aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      {children}
    </section>
  );
}

export function PrivacyScreen() {
  const t = useT();
  const { lang } = useLang();
  const legal = useLegal();
  return (
    <div class="stack">
      <h1>{t('privacyTitle')}</h1>
      <Part id="p-controller" title="privacyControllerTitle"><p>{t('privacyController', { name: legal.controller })}</p></Part>
      <Part id="p-purpose" title="privacyPurposeTitle"><p>{t('privacyPurpose')}</p></Part>
      <Part id="p-basis" title="privacyBasisTitle"><p>{t('privacyBasis')}</p></Part>
      <Part id="p-categories" title="privacyCategoriesTitle"><p>{t('privacyCategories')}</p></Part>
      <Part id="p-recipients" title="privacyRecipientsTitle"><p>{t('privacyRecipients')}</p></Part>
      <Part id="p-retention" title="privacyRetentionTitle"><p>{translateCount(lang, 'privacyRetention', legal.retentionDays)}</p></Part>
      <Part id="p-rights" title="privacyRightsTitle"><p>{t('privacyRights')}</p></Part>
      <Part id="p-dpo" title="privacyDpoTitle"><p>{t('privacyDpo', { name: legal.dpo })}</p></Part>
    </div>
  );
}

export function AccessibilityScreen() {
  const t = useT();
  const legal = useLegal();
  return (
    <div class="stack">
      <h1>{t('accessibilityTitle')}</h1>
      <p>{t('accessibilityIntro', { name: legal.controller })}</p>
      <Part id="a-status" title="accessibilityStatusTitle"><p>{t('accessibilityStatus')}</p></Part>
      <Part id="a-gaps" title="accessibilityGapsTitle"><p>{t('accessibilityGaps')}</p></Part>
      <Part id="a-feedback" title="accessibilityFeedbackTitle"><p>{t('accessibilityFeedback', { name: legal.feedback })}</p></Part>
      <Part id="a-enforcement" title="accessibilityEnforcementTitle"><p>{t('accessibilityEnforcement')}</p></Part>
    </div>
  );
}
