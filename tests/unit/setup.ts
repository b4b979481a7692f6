// Dexie needs IndexedDB; fake-indexeddb gives every test file an in-memory one.
import 'fake-indexeddb/auto';
