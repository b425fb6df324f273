// Unit tests run with an in-memory IndexedDB; those of components (jsdom) are cleaned up after each.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

afterEach(() => cleanup());
