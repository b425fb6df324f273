// Set-up file of the browser project: what a file leaves open in Chromium is closed when
// the file ends; the worker's Chromium itself serves the next file (browser.ts).
import { afterAll } from 'vitest';
import { closeBrowsersOfFile } from './browser';

afterAll(async () => {
  await closeBrowsersOfFile();
});
