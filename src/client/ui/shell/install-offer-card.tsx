// The offer itself, above the tab bar: install now (the browser's dialog), or on iOS the
// way to do it (on Mig), or not now.
import { useNavigate } from '@tanstack/react-router';
import { useT } from '../context';
import { promptInstall, type InstallWay } from '../install';
import '../../../shared/i18n/sections/me';

export function InstallOfferCard({ way, onClose }: { way: Exclude<InstallWay, 'none'>; onClose(): void }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <section class="install-offer" aria-labelledby="install-offer-title" data-testid="install-offer">
      <p id="install-offer-title" class="install-offer__text">{t('installOffer')}</p>
      <div class="install-offer__actions">
        <button type="button" class="button" onClick={() => {
          onClose();
          if (way === 'prompt') void promptInstall();
          else void navigate({ to: '/mig', hash: 'installer' });
        }}>{way === 'prompt' ? t('installButton') : t('installHow')}</button>
        <button type="button" class="button button--quiet" onClick={onClose}>{t('notNow')}</button>
      </div>
    </section>
  );
}
