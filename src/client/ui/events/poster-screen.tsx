// The organizer's poster (/arrangementer/$id/plakat): a big sign-up QR, title, time, place
// and the link in text; prints on A4, and the QR downloads as SVG or PNG.
import '../../../shared/i18n/sections/events';
import { useParams } from '@tanstack/react-router';
import { useT } from '../context';
import { useWhen } from './event-words';
import { useEvent } from './use-events';
import { svgDataUrl, useQrSvg } from './organizer-tools';
import { downloadText, fileStem } from './download';
import './events.css';

/** The sign-up link on the poster; title and start ride along so it works before a sync. */
export function signupUrl(origin: string, seminar: { id: string; title: string; startsAt: string }): string {
  const search = new URLSearchParams({ t: seminar.title, d: seminar.startsAt });
  return `${origin}/s/${encodeURIComponent(seminar.id)}?${search}`;
}

export function PosterScreen() {
  const t = useT();
  const id = useParams({ from: '/arrangementer/$id/plakat', shouldThrow: false, select: (params?: { id: string }) => params?.id }) ?? '';
  const event = useEvent(id);
  const when = useWhen();
  const seminar = event?.seminar;
  const url = seminar ? signupUrl(location.origin, seminar) : null;
  const svg = useQrSvg(url);
  if (event === undefined) return <p class="muted">{t('loading')}</p>;
  if (!seminar || !url) return <p class="notice">{t('eventNotFound')}</p>;
  const shortUrl = `${location.host}/s/${seminar.id}`;

  async function downloadPng() {
    const qr = await import('qrcode');
    const data = await qr.toDataURL(url!, { width: 1200, margin: 2 });
    const link = document.createElement('a');
    link.href = data;
    link.download = `${fileStem(seminar!.title)}-qr.png`;
    link.click();
  }
  return (
    <div class="stack">
      <div class="poster" data-testid="poster">
        <h1 class="poster__title">{seminar.title}</h1>
        <p>{when(seminar.startsAt, seminar.endsAt)}</p>
        <p>{seminar.location}</p>
        {svg && <img class="poster__qr" src={svgDataUrl(svg)} alt={t('posterQrAlt')} width={400} height={400} data-testid="poster-qr" />}
        <p>{t('posterScan')}</p>
        <p class="poster__url">{shortUrl}</p>
      </div>
      <div class="poster-tools contact-actions">
        <button type="button" class="button" onClick={() => window.print()}>{t('posterPrint')}</button>
        <button type="button" class="button button--quiet" disabled={!svg} onClick={() => svg && downloadText(`${fileStem(seminar.title)}-qr.svg`, svg, 'image/svg+xml')}>
          {t('posterDownloadSvg')}
        </button>
        <button type="button" class="button button--quiet" onClick={() => void downloadPng()}>{t('posterDownloadPng')}</button>
      </div>
    </div>
  );
}
