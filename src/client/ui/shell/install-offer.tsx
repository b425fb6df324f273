// Offered once, after the device's first successful sync, where its progress was shown:
// the moment the app has become useful offline. A strip in the page's flow, covering
// nothing. Later, Mig keeps the same offer (InstallCard). Its card loads only then.
import { useEffect, useState } from 'preact/hooks';
import { useSyncStatus } from '../hooks';
import { useInstallWay } from '../install';
import type { InstallOfferCard as Card } from './install-offer-card';

const OFFERED_KEY = 'videnbro-install-offered';

export function InstallOffer() {
  const status = useSyncStatus();
  const way = useInstallWay();
  // Armed only on a device that has never synced (and never offered): the offer follows its first sync.
  const [armed] = useState(() => status.lastSyncAt === null && globalThis.localStorage?.getItem(OFFERED_KEY) === null);
  const [OfferCard, setOfferCard] = useState<typeof Card | null>(null);
  const [closed, setClosed] = useState(false);
  const ready = armed && status.lastSyncAt !== null && status.state === 'idle' && way !== 'none';
  useEffect(() => {
    if (!ready || OfferCard) return;
    globalThis.localStorage?.setItem(OFFERED_KEY, new Date().toISOString());
    void import('./install-offer-card').then((module) => setOfferCard(() => module.InstallOfferCard));
  }, [ready]);
  if (!OfferCard || closed || way === 'none') return null;
  return <OfferCard way={way} onClose={() => setClosed(true)} />;
}
