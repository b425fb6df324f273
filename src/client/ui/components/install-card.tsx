// "Læg Videnbro på hjemmeskærmen" on Mig: the browser's own dialog where there is one
// (Android, Chromium), Safari's two taps on iOS, nothing once installed.
import { useT } from '../context';
import { Icon } from './icons';
import { promptInstall, useInstallWay } from '../install';
import '../../../shared/i18n/sections/me';

export function InstallCard() {
  const t = useT();
  const way = useInstallWay();
  if (way === 'none') return null;
  return (
    <section id="installer" class="card stack" aria-labelledby="install-title" data-testid="install-card">
      <h2 id="install-title">{t('installTitle')}</h2>
      <p>{t('installIntro')}</p>
      {way === 'prompt' ? (
        <button type="button" class="button" onClick={() => void promptInstall()}>
          <Icon name="install" /> {t('installButton')}
        </button>
      ) : (
        <ol class="install-steps">
          <li><Icon name="share" /> <span>{t('installIosShare')}</span></li>
          <li><span>{t('installIosAdd')}</span></li>
        </ol>
      )}
    </section>
  );
}
