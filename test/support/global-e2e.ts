// Vitest global set-up of the browser project: Chromium present, the app built.
import { ensureChromium } from './system-deps';
import { buildIfNeeded } from '../../scripts/build-if-needed';

export default async function setup() {
  ensureChromium();
  await buildIfNeeded(() => undefined);
}
