// Set-up file of the browser project: the worker's shared Chromium ends with its files.
import { afterAll } from 'vitest';
import { closeSharedChromium } from './browser';

afterAll(async () => {
  await closeSharedChromium();
});
