// Entry point: open the device database, start syncing, render the app.
import { render } from 'preact';
import { createRuntime } from './runtime';
import { App } from './ui/app';
import './ui/styles.css';

const runtime = await createRuntime({ autoSync: true });
if (runtime.personId) runtime.startSyncing();
const root = document.getElementById('app');
if (root) render(<App runtime={runtime} />, root);
