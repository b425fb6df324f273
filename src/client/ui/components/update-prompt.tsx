// "Ny version klar": the service worker waits until the user chooses to update. Its helper
// library loads after the first paint, which it is no part of.
import { useEffect, useState } from 'preact/hooks';
import type { Workbox } from 'workbox-window';
import { useT } from '../context';

export function UpdatePrompt() {
  const t = useT();
  const [workbox, setWorkbox] = useState<Workbox | null>(null);
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    let alive = true;
    void import('workbox-window').then(({ Workbox }) => {
      if (!alive) return;
      const wb = new Workbox('/sw.js', { scope: '/' });
      wb.addEventListener('waiting', () => setWaiting(true));
      wb.addEventListener('controlling', () => window.location.reload());
      void wb.register();
      setWorkbox(wb);
    });
    return () => { alive = false; };
  }, []);

  if (!waiting || !workbox) return null;
  return (
    <div class="update-prompt" role="alert">
      <p>{t('newVersion')}</p>
      <button type="button" class="button" onClick={() => workbox.messageSkipWaiting()}>{t('newVersionReload')}</button>
      <button type="button" class="button button--quiet" onClick={() => setWaiting(false)}>{t('later')}</button>
    </div>
  );
}
