// IndexedDB in Node for the sync tests (the same engine code runs in the browser).
import 'fake-indexeddb/auto';
