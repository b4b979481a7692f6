/** True when the browser refused the write for want of storage (the views say so in their language: 'storage.full'). */
export function isQuotaError(error: unknown): boolean {
  // Dexie wraps the browser's error (a failed transaction's AbortError holds it as `inner`), sometimes twice.
  for (let e = error as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 5; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  }
  return false;
}

/** A readable sentence for database failures, quota first (the one users can act on). */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'the browser has no storage left for DiploLens. Nothing already saved was lost; free disk space or export and remove old examples, then save again.';
  }
  return error instanceof Error ? error.message : String(error);
}
