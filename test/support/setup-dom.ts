// Unit tests run with an in-memory IndexedDB; those of components (jsdom) are cleaned up after each.
import 'fake-indexeddb/auto';
// The first paint's English (the app loads it only when English is chosen: ui/app-lang.ts).
import '../../src/shared/i18n/messages-en';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

afterEach(() => cleanup());
