// What a screen shows when it fails to draw (the router's error component for every
// route): a Danish message and a way back, inside the shell, so the top line and the
// tab bar stay. One bad row must never take down more than its own screen (issue 18).
import { Link, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'preact/hooks';
import { useT } from '../context';

export function ScreenError({ error, reset }: ErrorComponentProps) {
  const t = useT();
  useEffect(() => { console.error('Skærmen kunne ikke vises', error); }, [error]);
  return (
    <div class="stack" role="alert" data-testid="screen-error">
      <h1>{t('screenFailed')}</h1>
      <p>{t('screenFailedHelp')}</p>
      <div class="contact-actions">
        <button type="button" class="button" onClick={reset}>{t('tryAgain')}</button>
        <Link class="button button--quiet" to="/">{t('goHome')}</Link>
      </div>
    </div>
  );
}
