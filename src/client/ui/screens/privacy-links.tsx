// Mig's way to what is stored about me (issue 21): "Mine data", the privacy notice and the
// accessibility statement.
import '../../../shared/i18n/sections/privacy';
import { Link } from '@tanstack/react-router';
import { useT } from '../context';
import { LegalLinks } from '../components/legal-links';

export function PrivacyLinks() {
  const t = useT();
  return (
    <section class="card stack stack--tight" aria-labelledby="privacy-links">
      <h2 id="privacy-links">{t('privacyLinksTitle')}</h2>
      <Link to="/mig/data" className="button button--secondary"><span>{t('myDataLink')}</span></Link>
      <LegalLinks />
    </section>
  );
}
