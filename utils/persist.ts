/**
 * Asks the browser to keep DiploLens's storage persistent, so the collection is
 * never evicted under storage pressure (https://storage.spec.whatwg.org/#persistence).
 * With `unlimitedStorage` Chrome grants it; Firefox may ask the user once.
 */
export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
