// Entry point: open the device database, start syncing, render the app.
import { render } from 'preact';
import { createRuntime } from './runtime';
import { App } from './ui/app';
import { loadLanguage, storedLang } from './ui/app-lang';
import { captureInstallPrompt } from './ui/install';
import './ui/styles.css';
import './ui/shell.css';

// Not a top-level await: the chunks loaded on demand import from this one, and would wait
// for it to finish evaluating while it waits for them.
async function start() {
  // English texts (only when English is chosen) load beside the device database.
  const [runtime] = await Promise.all([createRuntime({ autoSync: true }), loadLanguage(storedLang()).catch(() => undefined)]);
  if (runtime.personId) runtime.startSyncing();
  const root = document.getElementById('app');
  if (root) render(<App runtime={runtime} />, root);
  // On demand: the formats it warms are not first-paint code (the 60 KB budget).
  void import('./warm-intl').then(({ warmIntl }) => warmIntl(storedLang()));
}

// Before anything awaits: the browser may offer installing at once.
captureInstallPrompt();
void start();
