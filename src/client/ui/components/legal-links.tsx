// The privacy notice and the accessibility statement, linked from the sign-in screen and
// from Mig (issue 21): reachable before anyone signs in.
import '../../../shared/i18n/sections/legal';
import { Link } from '@tanstack/react-router';
import { useT } from '../context';

export function LegalLinks() {
  const t = useT();
  return (
    <nav aria-label={t('legalLinks')} class="row legal-links">
      <Link to="/privatliv" className="target-link">{t('legalPrivacyLink')}</Link>
      <Link to="/tilgaengelighed" className="target-link">{t('legalAccessibilityLink')}</Link>
    </nav>
  );
}
