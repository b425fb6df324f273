// Unit tests of components run in jsdom with an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

afterEach(() => cleanup());
